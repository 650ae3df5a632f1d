package it.ciclo.cmis.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.definitions.PermissionDefinition;
import org.apache.chemistry.opencmis.commons.data.PermissionMapping;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AclCapabilitiesDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PermissionDefinitionDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PermissionMappingDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.RepositoryInfoImpl;
import org.junit.jupiter.api.Test;

/**
 * Which permissions a sector's group gets, from what the repository says of its ACLs. The Alfresco
 * case follows ACS 23.8's CMIS repository info, where {@code cmis:write} maps to {@code Write} and
 * Collaborator is listed as {@code {http://www.alfresco.org/model/content/1.0}cmobject.Collaborator}
 * (org.alfresco.opencmis.CMISConnector's permission list; the integration tests upload as a sector's
 * member into a folder provisioned this way).
 */
class SectorWritingTest {

    @Test
    void alfrescoGetsItsCollaboratorRole() {
        assertThat(SectorWriting.permissions(repository(List.of("cmis:read", "cmis:write", "cmis:all",
                SectorWriting.ALFRESCO_COLLABORATOR), Map.of())))
                .containsExactly(SectorWriting.ALFRESCO_COLLABORATOR);
    }

    @Test
    void elsewhereWhatCreatingADocumentInAFolderNeedsPlusWrite() {
        assertThat(SectorWriting.permissions(repository(List.of("cmis:read", "cmis:write", "cmis:all"),
                Map.of(PermissionMapping.CAN_CREATE_DOCUMENT_FOLDER, List.of("cmis:read", "vendor:addChildren")))))
                .containsExactly("cmis:write", "cmis:read", "vendor:addChildren");
    }

    @Test
    void aRepositoryThatSaysNothingGetsWrite() {
        RepositoryInfoImpl bare = new RepositoryInfoImpl();
        assertThat(SectorWriting.permissions(bare)).containsExactly("cmis:write");
    }

    private static RepositoryInfoImpl repository(List<String> permissions, Map<String, List<String>> mapping) {
        AclCapabilitiesDataImpl acl = new AclCapabilitiesDataImpl();
        acl.setPermissionDefinitionData(permissions.stream().map(id -> {
            PermissionDefinitionDataImpl p = new PermissionDefinitionDataImpl();
            p.setId(id);
            return (PermissionDefinition) p;
        }).toList());
        Map<String, PermissionMapping> map = new HashMap<>();
        mapping.forEach((key, ps) -> {
            PermissionMappingDataImpl m = new PermissionMappingDataImpl();
            m.setKey(key);
            m.setPermissions(ps);
            map.put(key, m);
        });
        acl.setPermissionMappingData(map);
        RepositoryInfoImpl info = new RepositoryInfoImpl();
        info.setAclCapabilities(acl);
        return info;
    }
}
