package it.ciclo.alfresco.spring;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.alfresco.ModuleFiles;
import it.ciclo.alfresco.review.BeginReview;
import it.ciclo.alfresco.review.Escalation;
import it.ciclo.alfresco.review.ReviewDecision;
import it.ciclo.alfresco.review.ReviewSettings;
import it.ciclo.alfresco.review.RevisionDecision;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.ClassPathXmlApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The module's Spring XML is valid and its beans wire up, with ACS's beans stood in for. */
class ModuleContextTest {

    private static final String CONTEXT = ModuleFiles.MODULE + "context/";
    private static final String[] OUR_XML = {
        ModuleFiles.MODULE + "module-context.xml", CONTEXT + "model-context.xml", CONTEXT + "workflow-context.xml",
        CONTEXT + "workflow-script-context.xml", CONTEXT + "bootstrap-context.xml"};
    /** The ACS beans the module refers to; docs/admin/installation.md lists the same. */
    private static final Set<String> ACS_BEANS = Set.of("activitiBeanRegistry", "dictionaryModelBootstrap",
            "dictionaryBootstrap", "workflowDeployer", "module.baseComponent", "spacesStoreImporter");

    private static ClassPathXmlApplicationContext context;

    @BeforeAll
    static void start() {
        context = new ClassPathXmlApplicationContext("acs-stand-ins-context.xml");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alfresco/module/ciclo-platform/module-context.xml",
        "alfresco/module/ciclo-platform/context/model-context.xml",
        "alfresco/module/ciclo-platform/context/workflow-context.xml",
        "alfresco/module/ciclo-platform/context/workflow-script-context.xml",
        "alfresco/module/ciclo-platform/context/bootstrap-context.xml"})
    void isValidAgainstSpringsSchemas(String file) {
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(new DefaultListableBeanFactory());
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_XSD);
        assertThat(reader.loadBeanDefinitions(new ClassPathResource(file))).isPositive();
    }

    @Test
    void everyNameTheBpmnUsesIsInActivitisBeanRegistry() {
        Map<?, ?> registry = context.getBean("activitiBeanRegistry", Map.class);
        assertThat(registry.get("cicloReview")).isInstanceOf(ReviewSettings.class);
        assertThat(registry.get("cicloBeginReview")).isInstanceOf(BeginReview.class);
        assertThat(registry.get("cicloReviewDecision")).isInstanceOf(ReviewDecision.class);
        assertThat(registry.get("cicloRevisionDecision")).isInstanceOf(RevisionDecision.class);
        assertThat(registry.get("cicloEscalate")).isInstanceOf(Escalation.class);
        assertThat(registry.get("cicloRecordOnDocument")).isInstanceOf(AcsStandIns.AlfrescoScriptDelegate.class);

        String bpmn = ModuleFiles.text(ModuleFiles.REVIEW_BPMN);
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\$\\{(ciclo\\w+)").matcher(bpmn);
        while (names.find()) {
            assertThat(registry.containsKey(names.group(1))).as("bean named in the BPMN: " + names.group(1)).isTrue();
        }
    }

    @Test
    void theSettingsComeFromTheModuleProperties() {
        ReviewSettings settings = context.getBean(ReviewSettings.class);
        assertThat(settings.getReviewerGroup()).isEqualTo("GROUP_CicloProgrammazione");
        assertThat(settings.getEscalationGroup()).isEqualTo("GROUP_CicloSegreteria");
        assertThat(settings.reviewWorkingDays()).isEqualTo(5);
        assertThat(settings.zone().getId()).isEqualTo("Europe/Rome");
    }

    @Test
    void theDocumentStepRunsTheShippedScript() {
        AcsStandIns.AlfrescoScriptDelegate delegate = context.getBean("ciclo.recordOnDocument",
                AcsStandIns.AlfrescoScriptDelegate.class);
        assertThat(delegate.script.getValue(null))
                .isEqualTo(ModuleFiles.text(ModuleFiles.MODULE + "scripts/record-on-document.js"));
    }

    @Test
    void theModelsWorkflowAndLabelsAreRegisteredFromFilesThatExist() {
        AcsStandIns.DictionaryBootstrap models = context.getBean("ciclo.dictionaryBootstrap",
                AcsStandIns.DictionaryBootstrap.class);
        assertThat(models.models).containsExactly(ModuleFiles.CONTENT_MODEL);
        assertThat(models.labels).allSatisfy(l -> assertThat(exists(l + ".properties")).as(l).isTrue());

        AcsStandIns.WorkflowDeployer workflow = context.getBean("ciclo.workflowBootstrap",
                AcsStandIns.WorkflowDeployer.class);
        assertThat(workflow.workflowDefinitions).singleElement().satisfies(d -> {
            assertThat(d.getProperty("engineId")).isEqualTo("activiti");
            assertThat(d.getProperty("location")).isEqualTo(ModuleFiles.REVIEW_BPMN);
        });
        assertThat(workflow.models).containsExactly(ModuleFiles.WORKFLOW_MODEL);
        assertThat(workflow.labels).allSatisfy(l -> assertThat(exists(l + ".properties")).as(l).isTrue());
    }

    @Test
    void theBootstrapImportsWellFormedViewsOnceUnderTheModule() {
        AcsStandIns.ImporterModuleComponent bootstrap = context.getBean("ciclo.bootstrap",
                AcsStandIns.ImporterModuleComponent.class);
        assertThat(bootstrap.moduleId).isEqualTo("ciclo-platform");
        assertThat(bootstrap.bootstrapViews).hasSize(5).allSatisfy(view -> {
            assertThat(view.getProperty("path")).startsWith("/").doesNotContain("${");
            assertThat(ModuleFiles.xml(view.getProperty("location")).getDocumentElement().getLocalName())
                    .isEqualTo("view");
        });
        Properties bound = bootstrap.importer.configuration;
        assertThat(bound.getProperty("spaces.company_home.childname")).as("merged with ACS's").isEqualTo("app:company_home");
        assertThat(bound.getProperty("ciclo.root.name")).isEqualTo("11_Programmazione e controllo");
        assertThat(bound.getProperty("ciclo.root.parent.name")).isEqualTo("ATTIVITA' TRASVERSALI");
    }

    @Test
    void everyRootBootstrapModeHasItsView() {
        for (String mode : new String[] {"create", "adopt"}) {
            assertThat(exists(ModuleFiles.MODULE + "bootstrap/programming-root-" + mode + ".xml")).as(mode).isTrue();
        }
        assertThat(ModuleFiles.properties(ModuleFiles.GLOBAL_PROPERTIES).getProperty("ciclo.root.bootstrap"))
                .isIn("create", "adopt");
    }

    @Test
    void theDefaultChildNamesAreTheIso9075FormOfTheNames() {
        Properties defaults = ModuleFiles.properties(ModuleFiles.GLOBAL_PROPERTIES);
        assertThat(defaults.getProperty("ciclo.root.parent.childname"))
                .isEqualTo("cm:" + iso9075(defaults.getProperty("ciclo.root.parent.name")));
        assertThat(defaults.getProperty("ciclo.root.childname"))
                .isEqualTo("cm:" + iso9075(defaults.getProperty("ciclo.root.name")));
    }

    @Test
    void everyBeanReferredToIsOursOrADocumentedAcsBean() throws Exception {
        Set<String> defined = new HashSet<>();
        Set<String> referred = new HashSet<>();
        for (String file : OUR_XML) {
            for (Element bean : elements(file, "bean")) {
                if (bean.hasAttribute("id")) {
                    defined.add(bean.getAttribute("id"));
                }
                for (String attribute : new String[] {"parent", "depends-on", "factory-bean"}) {
                    if (bean.hasAttribute(attribute)) {
                        referred.add(bean.getAttribute(attribute));
                    }
                }
            }
            for (String tag : new String[] {"property", "constructor-arg", "entry"}) {
                for (Element e : elements(file, tag)) {
                    for (String attribute : new String[] {"ref", "value-ref"}) {
                        if (e.hasAttribute(attribute)) {
                            referred.add(e.getAttribute(attribute));
                        }
                    }
                }
            }
        }
        referred.removeAll(defined);
        assertThat(referred).isEqualTo(ACS_BEANS);
        String guide = Files.readString(Path.of("../docs/admin/installation.md"), StandardCharsets.UTF_8);
        assertThat(ACS_BEANS).allSatisfy(bean -> assertThat(guide).contains("`" + bean + "`"));
    }

    private static java.util.List<Element> elements(String file, String tag) {
        NodeList list = ModuleFiles.xml(file).getElementsByTagNameNS("*", tag);
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static boolean exists(String location) {
        return ModuleContextTest.class.getClassLoader().getResource(location) != null;
    }

    /** ISO 9075 name encoding, as Alfresco applies it to path elements (org.alfresco.util.ISO9075). */
    private static String iso9075(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean valid = Character.isLetter(c) || c == '_' || (i > 0 && (Character.isDigit(c) || c == '-' || c == '.'));
            out.append(valid ? String.valueOf(c) : String.format("_x%04X_", (int) c));
        }
        return out.toString();
    }
}
