package it.ciclo.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.board.Board;
import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.cmis.provision.CmisProvisioner;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.layout.Layout;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.store.TreeVisitor;
import it.ciclo.submission.SubmissionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The document-store SPI on CMIS: walk in one request per subtree, with the review states, and the core scan on top of it. */
class WalkTest {

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    @Test
    void walksASubtreeInOneRequestWithReviewStatesAndTheCoreScanAgreesWithTheQueryBoard() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.seed();
        String peg = root + "/ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026";
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            new CmisProvisioner(Layout.of(seed), Schedule.of(seed, EventDates.none())).run(store, Optional.empty(), false, p -> { });
            Repositories.upload(store.session(), peg + "/Lavori Pubblici", "azioni – è.docx",
                    Repositories.submission("peg", "lavori-pubblici", "approved"));
            Repositories.upload(store.session(), peg + "/Affari Generali", "bozza.docx", Map.of());

            StorePath pegPath = StorePath.of("ATTIVITA' TRASVERSALI", "11_Programmazione e controllo", "E_PEG 2024_2026");
            List<StoreEntry> seen = new ArrayList<>();
            long before = store.roundTrips().count();
            store.walk(pegPath, new TreeVisitor() {
                @Override
                public boolean folder(StoreEntry folder) {
                    seen.add(folder);
                    return true;
                }

                @Override
                public void document(StoreEntry document) {
                    seen.add(document);
                }

                @Override
                public void failed(StoreException problem) {
                    throw new AssertionError(problem);
                }
            });
            assertThat(store.roundTrips().count() - before).as("path + getDescendants").isEqualTo(2);
            assertThat(seen).hasSize(1 + 4 + 2);
            assertThat(seen).filteredOn(e -> e.name().equals("azioni – è.docx")).singleElement()
                    .satisfies(e -> assertThat(e.review()).contains(SubmissionStatus.APPROVED));

            Board board = new Scan(Schedule.of(seed, EventDates.none()), Layout.of(seed))
                    .run(store, LocalDate.of(2023, 10, 1), ScanListener.NONE);
            assertThat(board.acts().stream().filter(a -> a.act().id().equals("peg")).findFirst().orElseThrow().sectors())
                    .extracting(s -> s.sector().id() + ":" + s.standing().status()).containsExactly(
                            "affari-generali:SUBMITTED_LATE", "servizi-finanziari:MISSING", "lavori-pubblici:APPROVED",
                            "servizi-persona:MISSING");
        }
    }
}
