package it.ciclo.alfresco.install;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.alfresco.ModuleFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.RepositoryService;
import org.activiti.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.activiti.engine.repository.ProcessDefinition;
import org.activiti.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What decides whether the module deploys its review process at a start, on the real Activiti 5.23
 * engine. Stands in for the deployment itself: ACS deploys through {@code
 * ActivitiWorkflowEngine.deployDefinition}, which hands the stream to Activiti's {@code
 * RepositoryService.createDeployment()} under a random resource name (GUID + ".bpmn20.xml") — as here,
 * where the test deploys through the same Activiti call.
 */
class DeployedProcessTest {

    private static final String KEY = ReviewWorkflowDeployment.PROCESS_KEY;
    /** A process that waits in a user task, so that an instance can be left running across versions. */
    private static final String WAITING = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">
              <process id="cicloSubmissionReview" name="%s" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
                <userTask id="wait" name="%s"/>
                <sequenceFlow id="f2" sourceRef="wait" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    private ProcessEngine engine;
    private RepositoryService repository;

    @BeforeEach
    void start() {
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:deploy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        cfg.setJobExecutorActivate(false);
        engine = cfg.buildProcessEngine();
        repository = engine.getRepositoryService();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void nothingDeployedIsNotCurrent() {
        assertThat(DeployedProcess.isCurrent(repository, KEY, bpmn("v1"))).isFalse();
    }

    @Test
    void theSameFileIsCurrentWhateverNameItWasDeployedUnder() {
        deploy(bpmn("v1"));
        assertThat(DeployedProcess.isCurrent(repository, KEY, bpmn("v1"))).isTrue();
    }

    @Test
    void aChangedFileIsNotCurrentAndItsDeploymentIsANewVersionWhileRunningInstancesKeepTheirs() {
        deploy(bpmn("v1"));
        ProcessInstance running = engine.getRuntimeService().startProcessInstanceByKey(KEY);

        assertThat(DeployedProcess.isCurrent(repository, KEY, bpmn("v2"))).isFalse();
        deploy(bpmn("v2"));

        ProcessDefinition newest = repository.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult();
        assertThat(newest.getVersion()).isEqualTo(2);
        assertThat(DeployedProcess.isCurrent(repository, KEY, bpmn("v2"))).isTrue();
        assertThat(DeployedProcess.isCurrent(repository, KEY, bpmn("v1"))).isFalse();

        // The review started on version 1 goes on, and ends, on version 1.
        assertThat(running.getProcessDefinitionId()).isNotEqualTo(newest.getId());
        String task = engine.getTaskService().createTaskQuery().processInstanceId(running.getId()).singleResult().getId();
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getName()).isEqualTo("v1");
        engine.getTaskService().complete(task);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running.getId()).count())
                .isZero();
        assertThat(engine.getRuntimeService().startProcessInstanceByKey(KEY).getProcessDefinitionId())
                .isEqualTo(newest.getId());
    }

    @Test
    void theModulesOwnBpmnIsReadFromTheClasspathWithItsKey() {
        byte[] shipped = ReviewWorkflowDeployment.read(ReviewWorkflowDeployment.LOCATION);
        assertThat(new String(shipped, StandardCharsets.UTF_8)).contains("<process id=\"" + KEY + "\"");
        assertThat(shipped).isEqualTo(ModuleFiles.text(ModuleFiles.REVIEW_BPMN).getBytes(StandardCharsets.UTF_8));
    }

    private void deploy(byte[] bpmn) {
        repository.createDeployment().addInputStream(UUID.randomUUID() + ".bpmn20.xml", new ByteArrayInputStream(bpmn))
                .deploy();
    }

    private static byte[] bpmn(String version) {
        return WAITING.formatted(version, version).getBytes(StandardCharsets.UTF_8);
    }
}
