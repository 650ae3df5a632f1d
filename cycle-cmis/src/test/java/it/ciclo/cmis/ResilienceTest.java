package it.ciclo.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.cmis.provision.CmisProvisioner;
import it.ciclo.cmis.provision.ProvisionReport;
import it.ciclo.cmis.server.CmisTestServer;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.layout.Layout;
import it.ciclo.store.StoreException;
import java.time.Duration;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How cycle-cmis copes with a repository that goes away. The InMemory server keeps its content in
 * the web application, not on disk: restarting it would start from an empty repository, which
 * proves nothing about a rerun. So the outage is made in two honest ways that keep the content:
 * the {@link it.ciclo.cmis.server.Gate} filter answers 503 from the Nth request on (a server dying
 * behind its proxy), or the Tomcat connector is closed and reopened on the same port (connection
 * refused, then the same server back).
 */
class ResilienceTest {

    private CmisTestServer server;

    @BeforeEach
    void start() {
        server = CmisTestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ProvisionReport provision(String root) throws StoreException {
        Directive seed = Directives.seed();
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server).withRoot(root))) {
            return new CmisProvisioner(layout(seed), Schedule.of(seed, EventDates.none()))
                    .run(store, Optional.empty(), false, p -> { });
        }
    }

    private static Layout layout(Directive directive) {
        try {
            return Layout.of(directive);
        } catch (it.ciclo.layout.LayoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every folder of the tree exactly once: no duplicates, none missing. */
    private void assertCompleteTree(String root) throws Exception {
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server))) {
            var q = store.session().createQueryStatement("SELECT cmis:objectId, cmis:name, cmis:parentId FROM cmis:folder WHERE IN_TREE(?)");
            q.setId(1, store.session().getObjectByPath(root));
            var rows = Repositories.rows(store.session(), q);
            assertThat(rows).hasSize(2 + 4 * 5);
            assertThat(rows.stream().map(r -> r.getPropertyValueById("cmis:parentId") + "/" + r.getPropertyValueById("cmis:name"))
                    .distinct()).hasSize(rows.size());
            var aspects = store.session().createQueryStatement("SELECT F.cmis:objectId, A.cyc:actId FROM cmis:folder AS F"
                    + " JOIN cyc:actFolder AS A ON F.cmis:objectId = A.cmis:objectId WHERE IN_TREE(F, ?)");
            aspects.setId(1, store.session().getObjectByPath(root));
            assertThat(Repositories.rows(store.session(), aspects).stream()
                    .map((QueryResult r) -> r.getPropertyValueById(CycModel.ACT_ID)).filter(v -> v != null)).hasSize(4);
        }
    }

    @Test
    void aServerThatDiesMidwayIsReportedAsUnavailableAndARerunCompletesTheTree() throws Exception {
        String root = Repositories.freshRoot(server);
        server.gate().dieAfter(25);
        assertThatThrownBy(() -> provision(root))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(CmisDocumentStore.isUnavailable(e)).isTrue();
                    assertThat(e.getMessage()).contains("non risponde").contains("senza duplicati");
                });
        server.gate().heal();

        ProvisionReport rerun = provision(root);
        assertThat(rerun.created()).isNotEmpty().hasSizeLessThan(2 + 4 * 5);
        assertCompleteTree(root);
        assertThat(provision(root).created()).isEmpty();
    }

    @Test
    void passingFailuresAreRetriedWithinOneRun() throws Exception {
        String root = Repositories.freshRoot(server);
        server.gate().failNext(2);
        ProvisionReport report = provision(root);
        assertThat(report.created()).hasSize(2 + 4 * 5);
        assertCompleteTree(root);
    }

    @Test
    void aClosedPortIsRefusedThenTheSameServerComesBackAndTheRerunCompletes() throws Exception {
        String root = Repositories.freshRoot(server);
        CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(server).withRoot(root));
        Directive seed = Directives.seed();
        CmisProvisioner provisioner = new CmisProvisioner(layout(seed), Schedule.of(seed, EventDates.none()));
        int[] created = {0};
        assertThatThrownBy(() -> provisioner.run(store, Optional.empty(), false, p -> {
            if (++created[0] == 7) {
                server.stopConnector();
            }
        })).isInstanceOfSatisfying(StoreException.class, e -> assertThat(CmisDocumentStore.isUnavailable(e)).isTrue());
        store.close();
        server.startConnector();

        assertThat(provision(root).created()).hasSize(2 + 4 * 5 - 7);
        assertCompleteTree(root);
    }

    @Test
    void aTimeoutIsReportedAsUnavailable() throws Exception {
        try (var silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            var settings = CmisSettings.of(java.net.URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/alfresco"),
                    "admin", "x".toCharArray()).withRetry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)))
                    .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300));
            long start = System.nanoTime();
            assertThatThrownBy(() -> CmisDocumentStore.open(settings)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(CmisDocumentStore.isUnavailable(e)).isTrue());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
