package it.ciclo.alfresco.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.function.Predicate;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * ACS 23.8's own Spring configuration, read from the jars the module compiles against (the same jars
 * ACS runs): the ids and aliases of every bean defined by {@code alfresco-repository}'s
 * {@code alfresco/**}{@code /*-context.xml} files and by Surf's web script framework
 * ({@code spring-webscripts-application-context.xml}, which ACS loads for its web scripts), and the
 * placeholder values of {@code alfresco/repository.properties}. Nothing is instantiated.
 */
final class AcsSpringFiles {

    private static Set<String> beanNames;
    private static Properties repositoryProperties;

    private AcsSpringFiles() {
    }

    /** Every bean id and alias defined by ACS's Spring XML files. */
    static synchronized Set<String> beanNames() {
        if (beanNames == null) {
            Set<String> names = new HashSet<>();
            read(jarOf(AbstractModuleComponent.class), names, name -> name.startsWith("alfresco/")
                    && name.endsWith("-context.xml")
                    // Subsystems are child contexts: a module's beans cannot refer to their beans.
                    && !name.startsWith("alfresco/subsystems/"));
            read(jarOf(AbstractWebScript.class), names,
                    name -> name.equals("org/springframework/extensions/webscripts/spring-webscripts-application-context.xml"));
            beanNames = Set.copyOf(names);
        }
        return beanNames;
    }

    private static void read(JarFile opened, Set<String> names, Predicate<String> which) {
            try (JarFile jar = opened) {
                jar.stream()
                        .filter(e -> which.test(e.getName()))
                        .forEach(e -> {
                            DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
                            XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(factory);
                            reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
                            reader.setNamespaceAware(true);
                            // Their <import>s are other files of the same jar, read on their own turn.
                            reader.setResourceLoader(new DefaultResourceLoader() {
                                @Override
                                public Resource getResource(String location) {
                                    return new ImportsIgnored(EMPTY_BEANS, location);
                                }
                            });
                            try (InputStream in = jar.getInputStream(e)) {
                                reader.loadBeanDefinitions(new ImportsIgnored(in.readAllBytes(), e.getName()));
                            } catch (IOException io) {
                                throw new UncheckedIOException(io);
                            }
                            for (String name : factory.getBeanDefinitionNames()) {
                                names.add(name);
                                Collections.addAll(names, factory.getAliases(name));
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
    }

    /** ACS's {@code alfresco/repository.properties}: the defaults of the placeholders its beans use. */
    static synchronized Properties repositoryProperties() {
        if (repositoryProperties == null) {
            Properties p = new Properties();
            try (InputStream in = AbstractModuleComponent.class.getClassLoader()
                    .getResourceAsStream("alfresco/repository.properties")) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            repositoryProperties = p;
        }
        return repositoryProperties;
    }

    private static final byte[] EMPTY_BEANS = ("<beans xmlns=\"http://www.springframework.org/schema/beans\"/>")
            .getBytes(StandardCharsets.UTF_8);

    /** A file whose relative imports read as empty: each imported file is read on its own turn. */
    private static final class ImportsIgnored extends ByteArrayResource {
        ImportsIgnored(byte[] content, String name) {
            super(content, name);
        }

        @Override
        public Resource createRelative(String relativePath) {
            return new ImportsIgnored(EMPTY_BEANS, relativePath);
        }
    }

    private static JarFile jarOf(Class<?> type) {
        URL classUrl = type.getResource(type.getSimpleName() + ".class");
        if (classUrl == null || !"jar".equals(classUrl.getProtocol())) {
            throw new IllegalStateException(type.getName() + " is not in a jar on the test classpath: " + classUrl);
        }
        try {
            JarURLConnection connection = (JarURLConnection) classUrl.openConnection();
            connection.setUseCaches(false);
            return new JarFile(connection.getJarFileURL().getFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
