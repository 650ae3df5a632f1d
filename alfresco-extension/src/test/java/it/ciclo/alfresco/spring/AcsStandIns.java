package it.ciclo.alfresco.spring;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.activiti.engine.impl.el.Expression;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * STAND-INS FOR ACS, for tests only. ACS's classes are not available here, so the beans our Spring
 * XML declares with an Alfresco class, or as a child of an Alfresco bean, get these classes
 * instead. Each stand-in has exactly the setters our XML uses, named as in ACS's source (a
 * misspelt property fails the test as it would fail ACS's start-up) and records what it is given.
 */
public final class AcsStandIns {

    private AcsStandIns() {
    }

    /**
     * Swaps the Alfresco classes our XML names for the stand-ins below, keeping every property our
     * XML sets.
     */
    public static final class AlfrescoClasses implements BeanFactoryPostProcessor {
        private static final Map<String, Class<?>> STAND_INS = Map.of(
                "org.alfresco.repo.module.ImporterModuleComponent", ImporterModuleComponent.class,
                "org.alfresco.repo.workflow.activiti.script.AlfrescoScriptDelegate", AlfrescoScriptDelegate.class);

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
            for (String name : factory.getBeanDefinitionNames()) {
                BeanDefinition definition = factory.getBeanDefinition(name);
                String className = definition.getBeanClassName();
                Class<?> standIn = className == null ? null : STAND_INS.get(className);
                if (standIn != null) {
                    definition.setBeanClassName(standIn.getName());
                }
            }
        }
    }

    /** Stands in for {@code org.alfresco.repo.dictionary.DictionaryBootstrap} (dictionaryModelBootstrap). */
    public static final class DictionaryBootstrap {
        public List<String> models = List.of();
        public List<String> labels = List.of();

        public void setModels(List<String> models) {
            this.models = models;
        }

        public void setLabels(List<String> labels) {
            this.labels = labels;
        }
    }

    /** Stands in for {@code org.alfresco.repo.workflow.WorkflowDeployer} (workflowDeployer). */
    public static final class WorkflowDeployer {
        public List<Properties> workflowDefinitions = List.of();
        public List<String> models = List.of();
        public List<String> labels = List.of();

        public void setWorkflowDefinitions(List<Properties> workflowDefinitions) {
            this.workflowDefinitions = workflowDefinitions;
        }

        public void setModels(List<String> models) {
            this.models = models;
        }

        public void setLabels(List<String> labels) {
            this.labels = labels;
        }
    }

    /** Stands in for {@code org.alfresco.repo.importer.ImporterBootstrap} (spacesStoreImporter). */
    public static final class ImporterBootstrap {
        public Properties configuration = new Properties();

        public void setConfiguration(Properties configuration) {
            this.configuration = configuration;
        }
    }

    /** Stands in for {@code org.alfresco.repo.module.ImporterModuleComponent}. */
    public static final class ImporterModuleComponent {
        public String moduleId;
        public String name;
        public String description;
        public String sinceVersion;
        public String appliesFromVersion;
        public ImporterBootstrap importer;
        public List<Properties> bootstrapViews = List.of();

        public void setModuleId(String moduleId) {
            this.moduleId = moduleId;
        }

        public void setName(String name) {
            this.name = name;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public void setSinceVersion(String sinceVersion) {
            this.sinceVersion = sinceVersion;
        }

        public void setAppliesFromVersion(String appliesFromVersion) {
            this.appliesFromVersion = appliesFromVersion;
        }

        public void setImporter(ImporterBootstrap importer) {
            this.importer = importer;
        }

        public void setBootstrapViews(List<Properties> bootstrapViews) {
            this.bootstrapViews = bootstrapViews;
        }
    }

    /**
     * Stands in for {@code org.alfresco.repo.workflow.activiti.script.AlfrescoScriptDelegate}, whose
     * {@code setScript} takes Activiti's {@code org.activiti.engine.impl.el.Expression} (see its
     * base class ActivitiScriptBase).
     */
    public static final class AlfrescoScriptDelegate {
        public Expression script;

        public void setScript(Expression script) {
            this.script = script;
        }
    }
}
