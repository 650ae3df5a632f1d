package it.ciclo.alfresco.install;

import java.util.List;
import java.util.Objects;
import org.alfresco.repo.model.Repository;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.model.FileFolderService;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.rule.RuleService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the module puts in the repository when it is first installed: the review's two groups, the
 * programming root (adopted when it exists, created when it does not), Collaborator on it for both
 * groups, and the inbound rule that turns arriving files into submissions. Every step looks before
 * it writes, so a repository where some of it exists already (a root folder and groups made in
 * Share) is completed, never duplicated.
 *
 * <p>A module component: Alfresco runs it once per installation and records it in the module
 * registry ({@code ModuleComponentHelper}); restarts and upgrades do not run it again.
 */
public final class ModuleInstall extends AbstractModuleComponent {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleInstall.class);
    /** Alfresco's role that reads, edits and adds (permissionDefinitions.xml); PermissionService has no constant for it. */
    static final String COLLABORATOR = "Collaborator";

    private NodeService nodeService;
    private FileFolderService fileFolderService;
    private AuthorityService authorityService;
    private PermissionService permissionService;
    private RuleService ruleService;
    private ActionService actionService;
    private Repository repository;
    private ProgrammingRoot root;
    private ReviewGroups groups;
    private SubmissionRule rule;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setFileFolderService(FileFolderService fileFolderService) {
        this.fileFolderService = fileFolderService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setRuleService(RuleService ruleService) {
        this.ruleService = ruleService;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    /** Alfresco's {@code repositoryHelper}, which knows Company Home. */
    public void setRepository(Repository repository) {
        this.repository = repository;
    }

    /** The programming root's path under Company Home ({@code ciclo.root.path}). */
    public void setRootPath(String path) {
        this.root = ProgrammingRoot.parse(path);
    }

    public void setGroups(ReviewGroups groups) {
        this.groups = groups;
    }

    public void setRule(SubmissionRule rule) {
        this.rule = rule;
    }

    @Override
    protected void executeInternal() {
        Objects.requireNonNull(root, "rootPath");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(rule, "rule");
        List<String> groupsCreated = groups.ensure(authorityService);
        ProgrammingRoot.Found found = root.ensure(nodeService, fileFolderService, repository.getCompanyHome());
        permissionService.setPermission(found.root(), groups.reviewers(), COLLABORATOR, true);
        permissionService.setPermission(found.root(), groups.escalation(), COLLABORATOR, true);
        boolean ruleAdded = rule.ensureOn(ruleService, actionService, found.root());
        LOG.info("Ciclo installed on {}: groups created {}, folders created {}, rule {}", root, groupsCreated,
                found.created(), ruleAdded ? "added" : "already there");
    }
}
