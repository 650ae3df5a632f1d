package it.ciclo.cmis.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.chemistry.opencmis.commons.data.AclCapabilities;
import org.apache.chemistry.opencmis.commons.definitions.PermissionDefinition;
import org.apache.chemistry.opencmis.commons.data.PermissionMapping;
import org.apache.chemistry.opencmis.commons.data.RepositoryInfo;

/**
 * The permissions that let a Settore's staff hand files in to their folder: add documents to it and
 * change their own. CMIS's basic {@code cmis:write} is not enough everywhere: in Alfresco it maps to
 * the {@code Write} permission group (change properties and content) without {@code CreateChildren},
 * so a sector given only {@code cmis:write} cannot upload (seen in ACS 23.8: HTTP 403 on upload).
 *
 * <p>Where the repository offers Alfresco's Collaborator role as a permission, that is granted: it is
 * what Share's "Manage permissions" shows and what the platform module gives the reviewers. Elsewhere,
 * the permissions the repository maps to creating a document in a folder ({@code
 * canCreateDocument.Folder}), plus {@code cmis:write}.
 */
final class SectorWriting {

    /** Alfresco's Collaborator role, as its CMIS binding lists it among the repository's permissions. */
    static final String ALFRESCO_COLLABORATOR = "{http://www.alfresco.org/model/content/1.0}cmobject.Collaborator";

    private SectorWriting() {
    }

    /** The permissions to grant a sector's group on its own folders in {@code repository}. */
    static List<String> permissions(RepositoryInfo repository) {
        Objects.requireNonNull(repository, "repository");
        AclCapabilities acl = repository.getAclCapabilities();
        if (acl == null) {
            return List.of("cmis:write");
        }
        if (acl.getPermissions() != null && acl.getPermissions().stream()
                .map(PermissionDefinition::getId).anyMatch(ALFRESCO_COLLABORATOR::equals)) {
            return List.of(ALFRESCO_COLLABORATOR);
        }
        List<String> granted = new ArrayList<>(List.of("cmis:write"));
        PermissionMapping create = acl.getPermissionMapping() == null ? null
                : acl.getPermissionMapping().get(PermissionMapping.CAN_CREATE_DOCUMENT_FOLDER);
        if (create != null && create.getPermissions() != null) {
            create.getPermissions().stream().filter(p -> !granted.contains(p)).forEach(granted::add);
        }
        return List.copyOf(granted);
    }
}
