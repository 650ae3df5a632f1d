package it.ciclo.alfresco.spring;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.alfresco.ModuleFiles;
import it.ciclo.alfresco.intake.SubmissionIntake;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.config.TypedStringValue;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.ManagedMap;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.ClassPathResource;

/**
 * The module's Spring XML against ACS 23.8's own: valid against Spring's schemas, every class on the
 * classpath (ours or Alfresco's jars), every bean it refers to or inherits from defined by us or by
 * ACS's Spring files, every placeholder given a value by our properties or ACS's, and every name the
 * BPMN uses put into {@code activitiBeanRegistry}. Nothing is instantiated: that only a running ACS
 * proves (integration-tests start one with the module).
 */
class ModuleContextTest {

    private static final String MODULE_CONTEXT = ModuleFiles.MODULE + "module-context.xml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)");

    private static DefaultListableBeanFactory module;

    @BeforeAll
    static void read() {
        module = new DefaultListableBeanFactory();
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(module);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_XSD);
        reader.loadBeanDefinitions(new ClassPathResource(MODULE_CONTEXT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"module-context.xml", "context/model-context.xml", "context/workflow-context.xml",
        "context/intake-context.xml", "context/install-context.xml", "context/board-context.xml"})
    void eachFileIsValidAgainstSpringsSchemas(String file) {
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(new DefaultListableBeanFactory());
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_XSD);
        assertThat(reader.loadBeanDefinitions(new ClassPathResource(ModuleFiles.MODULE + file))).isPositive();
    }

    @Test
    void everyClassIsOnTheClasspath() {
        for (BeanDefinition bean : definitions()) {
            if (bean.getBeanClassName() != null) {
                assertThat(exists(bean.getBeanClassName())).as(bean.getBeanClassName()).isTrue();
            }
        }
    }

    @Test
    void everyBeanReferredToIsOursOrAcss() {
        Set<String> ours = Set.of(module.getBeanDefinitionNames());
        Set<String> referred = new HashSet<>();
        for (BeanDefinition bean : definitions()) {
            if (bean.getParentName() != null) {
                referred.add(bean.getParentName());
            }
            if (bean.getFactoryBeanName() != null) {
                referred.add(bean.getFactoryBeanName());
            }
            bean.getPropertyValues().forEach(p -> collectRefs(p.getValue(), referred));
            bean.getConstructorArgumentValues().getIndexedArgumentValues().values()
                    .forEach(v -> collectRefs(v.getValue(), referred));
            bean.getConstructorArgumentValues().getGenericArgumentValues()
                    .forEach(v -> collectRefs(v.getValue(), referred));
        }
        referred.removeAll(ours);
        assertThat(referred).isNotEmpty().allSatisfy(name ->
                assertThat(AcsSpringFiles.beanNames()).as("a bean of ACS 23.8 named " + name).contains(name));
    }

    @Test
    void everyPlaceholderHasAValue() {
        Properties values = new Properties();
        values.putAll(AcsSpringFiles.repositoryProperties());
        values.putAll(ModuleFiles.properties(ModuleFiles.GLOBAL_PROPERTIES));
        Set<String> used = new HashSet<>();
        for (String file : new String[] {"context/model-context.xml", "context/workflow-context.xml",
            "context/intake-context.xml", "context/install-context.xml", "context/board-context.xml"}) {
            Matcher m = PLACEHOLDER.matcher(ModuleFiles.text(ModuleFiles.MODULE + file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(values).as(key).containsKey(key));
    }

    @Test
    void everyNameTheBpmnUsesIsPutInActivitisBeanRegistry() {
        BeanDefinition registration = module.getBeanDefinition("ciclo.activitiBeans");
        assertThat(registration.getPropertyValues().get("targetObject"))
                .isEqualTo(new RuntimeBeanReference("activitiBeanRegistry"));
        Map<?, ?> entries = (ManagedMap<?, ?>) registration.getPropertyValues().get("arguments");
        Set<String> registered = new HashSet<>();
        entries.keySet().forEach(k -> registered.add(((TypedStringValue) k).getValue()));

        Set<String> used = new HashSet<>();
        Matcher names = Pattern.compile("\\$\\{(ciclo\\w+)").matcher(ModuleFiles.text(ModuleFiles.REVIEW_BPMN));
        while (names.find()) {
            used.add(names.group(1));
        }
        assertThat(used).isNotEmpty();
        assertThat(registered).containsAll(used);
    }

    @Test
    void theRuleActionIsRegisteredUnderItsNameWithLabels() {
        BeanDefinition action = module.getBeanDefinition(SubmissionIntake.NAME);
        assertThat(action.getBeanClassName()).isEqualTo(SubmissionIntake.class.getName());
        assertThat(action.getParentName()).isEqualTo("action-executer");
        for (String language : new String[] {"", "_it", "_en"}) {
            Properties labels = ModuleFiles.properties(ModuleFiles.MODULE + "messages/actions" + language + ".properties");
            assertThat(labels).containsKeys(SubmissionIntake.NAME + ".title", SubmissionIntake.NAME + ".description");
        }
    }

    /**
     * Each Java-backed web script's bean is named after its descriptor as Alfresco's web script
     * container looks it up ({@code webscript.<package>.<id>.<method>}, DeclarativeRegistry), and
     * the descriptor is where ACS's class-path store reads module web scripts
     * ({@code alfresco/extension/templates/webscripts}, web-scripts-application-context.xml).
     */
    @Test
    void everyWebScriptBeanHasItsDescriptor() {
        List<String> webScripts = new ArrayList<>();
        for (String name : module.getBeanDefinitionNames()) {
            if (name.startsWith("webscript.")) {
                webScripts.add(name);
            }
        }
        assertThat(webScripts).containsExactlyInAnyOrder("webscript.it.ciclo.board.cycles.get",
                "webscript.it.ciclo.board.board.get");
        for (String bean : webScripts) {
            String[] parts = bean.substring("webscript.".length()).split("\\.");
            String method = parts[parts.length - 1];
            String id = parts[parts.length - 2];
            String folder = String.join("/", Arrays.asList(parts).subList(0, parts.length - 2));
            String descriptor = "alfresco/extension/templates/webscripts/" + folder + "/" + id + "." + method + ".desc.xml";
            assertThat(ModuleFiles.xml(descriptor).getDocumentElement().getLocalName()).as(descriptor).isEqualTo("webscript");
        }
    }

    private static List<BeanDefinition> definitions() {
        List<BeanDefinition> all = new ArrayList<>();
        for (String name : module.getBeanDefinitionNames()) {
            collect(module.getBeanDefinition(name), all);
        }
        return all;
    }

    /** A bean and the inner beans of its properties and arguments. */
    private static void collect(BeanDefinition bean, List<BeanDefinition> into) {
        into.add(bean);
        bean.getPropertyValues().forEach(p -> inner(p.getValue(), into));
        bean.getConstructorArgumentValues().getIndexedArgumentValues().values().forEach(v -> inner(v.getValue(), into));
        bean.getConstructorArgumentValues().getGenericArgumentValues().forEach(v -> inner(v.getValue(), into));
    }

    private static void inner(Object value, List<BeanDefinition> into) {
        if (value instanceof BeanDefinitionHolder holder) {
            collect(holder.getBeanDefinition(), into);
        } else if (value instanceof BeanDefinition bean) {
            collect(bean, into);
        }
    }

    private static void collectRefs(Object value, Set<String> into) {
        if (value instanceof RuntimeBeanReference ref) {
            into.add(ref.getBeanName());
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectRefs(v, into));
        } else if (value instanceof Iterable<?> list) {
            list.forEach(v -> collectRefs(v, into));
        } else if (value instanceof BeanDefinitionHolder holder) {
            collectRefs(holder.getBeanDefinition(), into);
        } else if (value instanceof BeanDefinition bean) {
            if (bean.getParentName() != null) {
                into.add(bean.getParentName());
            }
            bean.getPropertyValues().forEach(p -> collectRefs(p.getValue(), into));
            bean.getConstructorArgumentValues().getIndexedArgumentValues().values()
                    .forEach(v -> collectRefs(v.getValue(), into));
            bean.getConstructorArgumentValues().getGenericArgumentValues()
                    .forEach(v -> collectRefs(v.getValue(), into));
        }
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, ModuleContextTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
