package it.ciclo.alfresco.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.ciclo.alfresco.install.ProgrammingRoot;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.alfresco.repo.model.Repository;
import org.alfresco.service.cmr.model.FileFolderService;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * What the board's web scripts share: the repository's services (the secured ones: every answer
 * holds only what the calling user may read), where the programming root is, and how a sector's group
 * is named. Answers are JSON, UTF-8; errors are {@code {"message": "..."}} in the caller's language.
 */
public abstract class BoardWebScripts extends AbstractWebScript {

    static final ObjectMapper JSON = new ObjectMapper();

    private FileFolderService files;
    private NodeService nodes;
    private ContentService contents;
    private AuthorityService authorities;
    private Repository repository;
    private ProgrammingRoot root;
    private SectorGroups sectorGroups;

    public void setFileFolderService(FileFolderService files) {
        this.files = files;
    }

    public void setNodeService(NodeService nodes) {
        this.nodes = nodes;
    }

    public void setContentService(ContentService contents) {
        this.contents = contents;
    }

    public void setAuthorityService(AuthorityService authorities) {
        this.authorities = authorities;
    }

    /** Alfresco's {@code repositoryHelper}, which knows Company Home. */
    public void setRepository(Repository repository) {
        this.repository = repository;
    }

    /** The programming root's path under Company Home ({@code ciclo.root.path}). */
    public void setRootPath(String path) {
        this.root = ProgrammingRoot.parse(path);
    }

    /** How a sector's group is named ({@code ciclo.sectors.groupPattern}, e.g. {@code GROUP_ciclo-{sector}}). */
    public void setSectorGroupPattern(String pattern) {
        this.sectorGroups = SectorGroups.of(pattern);
    }

    FileFolderService files() {
        return Objects.requireNonNull(files, "fileFolderService");
    }

    NodeService nodes() {
        return Objects.requireNonNull(nodes, "nodeService");
    }

    AuthorityService authorities() {
        return Objects.requireNonNull(authorities, "authorityService");
    }

    SectorGroups sectorGroups() {
        return Objects.requireNonNull(sectorGroups, "sectorGroupPattern");
    }

    CycleDirectives directives() {
        return new CycleDirectives(files(), nodes(), Objects.requireNonNull(contents, "contentService"));
    }

    ProgrammingRoot root() {
        return Objects.requireNonNull(root, "rootPath");
    }

    /** The programming root, if it exists and the caller may see it. */
    Optional<NodeRef> programmingRoot() {
        return root().find(files(), repository.getCompanyHome());
    }

    static void answer(WebScriptResponse response, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-cache");
        Writer out = response.getWriter();
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, body);
        out.flush();
    }

    static void fail(WebScriptResponse response, int status, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", message);
        answer(response, status, body);
    }
}
