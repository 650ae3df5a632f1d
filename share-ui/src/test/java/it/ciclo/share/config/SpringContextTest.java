package it.ciclo.share.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.share.support.Dictionary;
import it.ciclo.share.support.ShareIndex;
import it.ciclo.share.support.ShareModule;
import it.ciclo.share.support.SpringBeans;
import it.ciclo.share.support.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.BeanDefinitionStoreException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.config.TypedStringValue;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.ByteArrayResource;

/**
 * ciclo-share-context.xml: valid against Spring's schemas, its evaluators children of Share's real
 * beans, each setting what that kind of evaluator reads, on properties and values of the content model.
 */
class SpringContextTest {

    @Test
    void theContextValidatesAgainstSpringSchemasWithoutLoadingClasses() {
        SpringBeans beans = SpringBeans.load();
        assertThat(beans.ids()).contains("ciclo.share.resources", "evaluator.ciclo.doclib.isSubmission",
                "evaluator.ciclo.indicator.inReview");
    }

    @Test
    void theValidationCanFail() {
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(registry);
        reader.setBeanClassLoader(null);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_XSD);
        String broken = "<beans xmlns=\"http://www.springframework.org/schema/beans\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.springframework.org/schema/beans "
                + "http://www.springframework.org/schema/beans/spring-beans.xsd\"><bean id=\"x\" parnet=\"y\"/></beans>";
        assertThatThrownBy(() -> reader.loadBeanDefinitions(new ByteArrayResource(broken.getBytes())))
                .isInstanceOf(BeanDefinitionStoreException.class);
    }

    @Test
    void everyParentIsAShareEvaluatorAndEveryClassOneShareConfiguresItself() throws IOException {
        SpringBeans beans = SpringBeans.load();
        Set<String> evaluators = ShareIndex.evaluators();
        String shareXml = Files.readString(share("slingshot-documentlibrary-context.xml"))
                + Files.readString(share("slingshot-application-context.xml"));
        List<String> wrong = new ArrayList<>();
        for (String id : beans.ids()) {
            BeanDefinition bean = beans.get(id);
            if (bean.getParentName() != null && !evaluators.contains(bean.getParentName())) {
                wrong.add(id + ": parent " + bean.getParentName() + " is not in evaluators.txt");
            }
            for (String className : classNames(bean)) {
                if (!shareXml.contains("class=\"" + className + "\"")) {
                    wrong.add(id + ": class " + className + " is not one Share's own context uses");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theIndicatorsReadPropertiesOfTheSubmissionAspectAndValuesItCanHold() {
        SpringBeans beans = SpringBeans.load();
        Dictionary dictionary = Dictionary.load();
        Set<String> submission = dictionary.fields("cyc:submission");
        List<String> indicators = beans.ids().stream().filter(id -> id.startsWith("evaluator.ciclo.indicator.")).toList();
        assertThat(indicators).hasSize(6);
        for (String id : indicators) {
            BeanDefinition bean = beans.get(id);
            if (bean.getParentName().equals("evaluator.doclib.action.propertyNotNull")) {
                // PropertyNotNullEvaluator reads node.properties[property]
                assertThat(submission).as(id).contains(string(bean.getPropertyValues().get("property")));
                continue;
            }
            assertThat(bean.getParentName()).as(id).isEqualTo("evaluator.doclib.action.value");
            String accessor = string(bean.getPropertyValues().get("accessor"));
            assertThat(accessor).as(id + " reads node.properties.<prefix:name>").startsWith("node.properties.");
            String property = accessor.substring("node.properties.".length());
            assertThat(submission).as(id + ": " + property).contains(property);
            BeanDefinitionHolder comparator = (BeanDefinitionHolder) bean.getPropertyValues().get("comparator");
            String value = string(comparator.getBeanDefinition().getPropertyValues().get("value"));
            List<String> allowed = dictionary.allowedValues(property);
            if (allowed.isEmpty()) {
                assertThat(value).as(id + ": a d:boolean compares with true").isEqualTo("true");
            } else {
                assertThat(allowed).as(id + ": a value of " + property + "'s LIST constraint").contains(value);
            }
        }
    }

    @Test
    void theIndicatorLabelParametersNameSubmissionProperties() {
        Set<String> submission = Dictionary.load().fields("cyc:submission");
        for (org.w3c.dom.Element param : it.ciclo.share.support.Xml.all(
                it.ciclo.share.support.ShareConfig.load().section("string-compare", "DocumentLibrary").element(), "labelParam")) {
            String text = param.getTextContent().strip();
            assertThat(text).as("a dot path into the doclist record").matches("\\{jsNode\\.properties\\.cyc_[A-Za-z]+}");
            String property = "cyc:" + text.substring("{jsNode.properties.cyc_".length(), text.length() - 1);
            assertThat(submission).contains(property);
        }
    }

    @Test
    void theTemplateEvaluatorsNameAspectsOfTheModel() {
        SpringBeans beans = SpringBeans.load();
        Dictionary dictionary = Dictionary.load();
        for (String id : List.of("evaluator.ciclo.doclib.isSubmission", "evaluator.ciclo.doclib.isActFolder")) {
            MutablePropertyValues values = beans.get(id).getPropertyValues();
            @SuppressWarnings("unchecked")
            List<Object> aspects = (List<Object>) values.get("aspects");
            assertThat(aspects).as(id).isNotEmpty();
            for (Object aspect : aspects) {
                String name = string(aspect);
                assertThat(dictionary.get(name).aspect()).as(id + ": " + name).isTrue();
            }
        }
    }

    @Test
    void theBundleBeanNamesTheModuleBundle() {
        @SuppressWarnings("unchecked")
        List<Object> bundles = (List<Object>) SpringBeans.load().get("ciclo.share.resources").getPropertyValues().get("resourceBundles");
        for (Object b : bundles) {
            String name = string(b);
            assertThat(ShareModule.path(name.replace('.', '/') + ".properties"))
                    .isRegularFile();
        }
    }

    private static String string(Object value) {
        return value instanceof TypedStringValue t ? t.getValue() : String.valueOf(value);
    }

    private static List<String> classNames(BeanDefinition bean) {
        List<String> out = new ArrayList<>();
        if (bean.getBeanClassName() != null && bean.getParentName() == null) {
            out.add(bean.getBeanClassName());
        }
        for (var pv : bean.getPropertyValues().getPropertyValues()) {
            if (pv.getValue() instanceof BeanDefinitionHolder inner) {
                out.addAll(classNames(inner.getBeanDefinition()));
            }
        }
        return out;
    }

    private static Path share(String file) {
        return Workspace.share().resolve("share/src/main/resources/alfresco/" + file);
    }
}
