package it.ciclo.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.cmis.classify.ClassifyReport;
import it.ciclo.cmis.classify.Classifier;
import it.ciclo.cmis.provision.CmisProvisioner;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.layout.Layout;
import it.ciclo.store.StoreException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Classification of files in sector folders, against a real CMIS server. */
class ClassifierTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String PEG = "/ATTIVITA' TRASVERSALI/11_Programmazione e controllo/E_PEG 2024_2026";
    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    @Test
    void marksUnmarkedFilesOnceAndLeavesMarkedOnesAlone() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.seed();
        Schedule schedule = Schedule.of(seed, EventDates.none());
        String fileId;
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            new CmisProvisioner(Layout.of(seed), schedule, ROME).run(store, Optional.empty(), false, p -> { });
        }
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()))) {
            fileId = Repositories.upload(store.session(), root + PEG + "/Lavori Pubblici", "azioni.docx", Map.of()).getId();
            Repositories.upload(store.session(), root + PEG + "/Lavori Pubblici", "approvato.docx",
                    Repositories.submission("peg", "lavori-pubblici", "approved"));
            Repositories.upload(store.session(), root + PEG, "modello.docx", Map.of());
        }
        Classifier classifier = new Classifier(Layout.of(seed), schedule, ROME);
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            ClassifyReport first = classifier.run(store, false, p -> { });
            assertThat(first.classified()).extracting(p -> p.name()).containsExactly("azioni.docx");
            assertThat(first.already()).isEqualTo(1);

            ClassifyReport second = classifier.run(store, false, p -> { });
            assertThat(second.classified()).isEmpty();
            assertThat(second.already()).isEqualTo(2);

            CmisObject file = store.session().getObject(fileId, store.context());
            assertThat(file.getSecondaryTypes()).extracting(t -> t.getId()).contains(CycModel.SUBMISSION);
            assertThat((String) file.getPropertyValue(CycModel.ACT)).isEqualTo("peg");
            assertThat((String) file.getPropertyValue(CycModel.SECTOR)).isEqualTo("lavori-pubblici");
            assertThat((String) file.getPropertyValue(CycModel.CYCLE)).isEqualTo("2024-2026");
            assertThat((String) file.getPropertyValue(CycModel.STATUS)).isEqualTo("submitted-late");
            assertThat((Boolean) file.getPropertyValue(CycModel.LATE)).isTrue();
            assertThat(((GregorianCalendar) file.getPropertyValue(CycModel.SUBMITTED_ON)).toInstant())
                    .isEqualTo(file.getCreationDate().toInstant());
            CmisObject approved = store.object(it.ciclo.store.StorePath.of("ATTIVITA' TRASVERSALI",
                    "11_Programmazione e controllo", "E_PEG 2024_2026", "Lavori Pubblici", "approvato.docx"), store.context())
                    .orElseThrow();
            assertThat((String) approved.getPropertyValue(CycModel.STATUS)).isEqualTo("approved");
        }
    }

    @Test
    void aServerThatDiesWhileClassifyingLeavesEveryFileMarkedOnceAfterARerun() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.seed();
        Schedule schedule = Schedule.of(seed, EventDates.none());
        CmisSettings quick = Servers.settings(SERVER.get()).withRoot(root)
                .withRetry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)));
        try (CmisDocumentStore store = CmisDocumentStore.open(quick)) {
            new CmisProvisioner(Layout.of(seed), schedule, ROME).run(store, Optional.empty(), false, p -> { });
        }
        int files = 0;
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()))) {
            for (var sector : seed.sectors()) {
                for (int i = 0; i < 5; i++, files++) {
                    Repositories.upload(store.session(), root + PEG + "/" + sector.folder(), "scheda-" + i + ".docx", Map.of());
                }
            }
        }
        Classifier classifier = new Classifier(Layout.of(seed), schedule, ROME);
        List<it.ciclo.store.StorePath> beforeTheOutage = new ArrayList<>();
        try (CmisDocumentStore store = CmisDocumentStore.open(quick)) {
            // A dry run makes the same queries as the real one, without the updates: counting its
            // requests lets the server die after at most ten more (type lookups the updates need,
            // then updates), so that at least half of the files cannot be marked.
            long start = SERVER.get().gate().requests();
            assertThat(classifier.run(store, true, p -> { }).classified()).hasSize(files);
            long queries = SERVER.get().gate().requests() - start;
            SERVER.get().gate().dieAfter(queries + 10);
            assertThatThrownBy(() -> classifier.run(store, false, beforeTheOutage::add))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(CmisDocumentStore.isUnavailable(e)).isTrue());
        }
        SERVER.get().gate().heal();

        try (CmisDocumentStore store = CmisDocumentStore.open(quick)) {
            ClassifyReport rerun = classifier.run(store, false, p -> { });
            assertThat(beforeTheOutage).hasSizeLessThanOrEqualTo(10);
            // Nothing is marked twice. A file whose update the server applied just as it died may be
            // neither reported before the outage nor classified again: the rerun finds it marked.
            assertThat(rerun.classified()).doesNotContainAnyElementsOf(beforeTheOutage)
                    .hasSizeBetween(files - 10, files - beforeTheOutage.size());
            ClassifyReport third = classifier.run(store, false, p -> { });
            assertThat(third.classified()).isEmpty();
            assertThat(third.already()).isEqualTo(files);
        }
    }
}
