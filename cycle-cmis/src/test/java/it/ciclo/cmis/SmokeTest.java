package it.ciclo.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.cmis.server.CmisTestServer;
import it.ciclo.store.StorePath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() throws Exception {
        try (CmisTestServer server = CmisTestServer.start(); CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server))) {
            store.createFolder(StorePath.of("ATTIVITA' TRASVERSALI"));
            var f = store.createFolder(StorePath.of("ATTIVITA' TRASVERSALI", "E_PEG"), Map.of("cmis:secondaryObjectTypeIds", List.of(CycModel.ACT_FOLDER), CycModel.ACT_ID, "peg"));
            System.out.println(f.getSecondaryTypes() + " " + f.getPropertyValue(CycModel.ACT_ID));
            System.out.println(store.children(StorePath.of("ATTIVITA' TRASVERSALI")).toList());
            var q = store.session().createQueryStatement("SELECT F.cmis:objectId, A.cyc:actId FROM cmis:folder AS F JOIN cyc:actFolder AS A ON F.cmis:objectId = A.cmis:objectId WHERE IN_TREE(F, ?)");
            q.setId(1, store.session().createObjectId(store.rootId()));
            store.query(StorePath.ROOT, q).forEach(r -> System.out.println(r.getProperties()));
            System.out.println("trips " + store.roundTrips().count() + " server " + server.gate().requests());
            assertThat(store.roundTrips().count()).isPositive();
        }
    }
}
