package it.ciclo.share.support;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.FileSystemResource;

/**
 * The module's Spring XML read the way Share's context reads it (XSD-validated by Spring's own
 * schemas from spring-beans), as bean definitions only: no class is loaded, none of Share's exists here.
 */
public final class SpringBeans {

    private final DefaultListableBeanFactory registry;

    private SpringBeans(DefaultListableBeanFactory registry) {
        this.registry = registry;
    }

    public static SpringBeans load() {
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        registry.setBeanClassLoader(null);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(registry);
        reader.setBeanClassLoader(null);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_XSD);
        reader.loadBeanDefinitions(new FileSystemResource(ShareModule.path(ShareModule.CONTEXT)));
        return new SpringBeans(registry);
    }

    public List<String> ids() {
        return List.of(registry.getBeanDefinitionNames());
    }

    public BeanDefinition get(String id) {
        return registry.getBeanDefinition(id);
    }
}
