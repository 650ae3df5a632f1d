package it.ciclo.alfresco.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.activiti.engine.RepositoryService;
import org.activiti.engine.repository.ProcessDefinition;

/**
 * What the engine has deployed of a process, compared with the BPMN the module ships. Alfresco's own
 * deployer cannot tell: {@code WorkflowDeployer} with {@code redeploy=false} skips any file whose
 * process key is deployed ({@code ActivitiWorkflowEngine.isDefinitionDeployed} looks at the key
 * only), so a changed BPMN would never reach an upgraded repository; with {@code redeploy=true} it
 * deploys a new version at every start. This compares the bytes of the newest deployed version.
 */
public final class DeployedProcess {

    private DeployedProcess() {
    }

    /**
     * Whether the newest deployed version of process {@code key} was deployed from exactly {@code bpmn}.
     * False when no version is deployed.
     */
    public static boolean isCurrent(RepositoryService repository, String key, byte[] bpmn) {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bpmn, "bpmn");
        ProcessDefinition newest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(key).latestVersion().singleResult();
        if (newest == null) {
            return false;
        }
        try (InputStream deployed = repository.getResourceAsStream(newest.getDeploymentId(), newest.getResourceName())) {
            return deployed != null && Arrays.equals(deployed.readAllBytes(), bpmn);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the deployed BPMN of " + key, e);
        }
    }
}
