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
            new CmisProvisioner(Layout.of(seed), schedule).run(store, Optional.empty(), false, p -> { });
        }
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()))) {
            fileId = Repositories.upload(store.session(), root + PEG + "/Lavori Pubblici", "azioni.docx", Map.of()).getId();
            Repositories.upload(store.session(), root + PEG + "/Lavori Pubblici", "approvato.docx",
                    Repositories.submission("peg", "lavori-pubblici", "approved"));
            Repositories.upload(store.session(), root + PEG, "modello.docx", Map.of());
        }
        Classifier classifier = new Classifier(Layout.of(seed), schedule);
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
            assertThat((String) file.getPropertyValue(CycModel.ACT_LABEL)).isEqualTo("PEG - Piano Esecutivo di Gestione 2024-2026");
            assertThat((String) file.getPropertyValue(CycModel.SECTOR_LABEL)).isEqualTo("Settore Lavori Pubblici");
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

    /**
     * Issue 9 in classification: the folders are found by the directive's rule on a server where case
     * counts (item 4), a file keeps its subfolder (item 8), junk and an earlier cycle's files are not
     * marked (items 1, 2: marking would change them), and a file counts for the first act of its folder
     * that its sector owes (item 9).
     */
    @Test
    void marksWhatTheBoardCountsAndNothingElse() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.withSectors(Directives.seed(), "piao", "lavori-pubblici");
        Schedule schedule = Schedule.of(seed, EventDates.none());
        String base = root + "/ATTIVITA' TRASVERSALI/11_Programmazione e controllo";
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            var s = store.session();
            var parent = (org.apache.chemistry.opencmis.client.api.Folder) s.getObjectByPath(root);
            for (String name : List.of("ATTIVITA' TRASVERSALI", "11_Programmazione e controllo", "d_dup 2024_2026")) {
                parent = parent.createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", name));
            }
            new CmisProvisioner(Layout.of(seed), schedule).run(store, Optional.empty(), false, p -> { });
            Repositories.upload(s, base + "/d_dup 2024_2026/Servizi Finanziari", "Nota SF.docx", Map.of());
            Repositories.upload(s, base + "/d_dup 2024_2026/Servizi Finanziari", "Thumbs.db", Map.of());
            String old = Repositories.upload(s, base + "/d_dup 2024_2026/Affari Generali", "Nota 2023.docx", Map.of()).getId();
            SERVER.get().backdate(old, java.time.Instant.parse("2023-03-01T10:00:00Z"), java.time.Instant.parse("2023-03-01T10:00:00Z"));
            ((org.apache.chemistry.opencmis.client.api.Folder) s.getObjectByPath(base + "/E_PEG 2024_2026/Affari Generali"))
                    .createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "bozze"));
            Repositories.upload(s, base + "/E_PEG 2024_2026/Affari Generali/bozze", "Azioni.docx", Map.of());
            Repositories.upload(s, base + "/F_PIAO 2024_2026/Affari Generali", "Schede.xlsx", Map.of());
        }
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            ClassifyReport report = new Classifier(Layout.of(seed), schedule).run(store, false, p -> { });
            String rel = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo";
            assertThat(report.classified()).extracting(Object::toString).containsExactlyInAnyOrder(
                    rel + "/d_dup 2024_2026/Servizi Finanziari/Nota SF.docx",
                    rel + "/E_PEG 2024_2026/Affari Generali/bozze/Azioni.docx",
                    rel + "/F_PIAO 2024_2026/Affari Generali/Schede.xlsx");
            assertThat(report.old()).extracting(Object::toString).containsExactly(rel + "/d_dup 2024_2026/Affari Generali/Nota 2023.docx");
            CmisObject schede = store.object(it.ciclo.store.StorePath.of("ATTIVITA' TRASVERSALI", "11_Programmazione e controllo",
                    "F_PIAO 2024_2026", "Affari Generali", "Schede.xlsx"), store.context()).orElseThrow();
            assertThat((String) schede.getPropertyValue(CycModel.ACT)).as("Affari Generali owes the interim report, not the PIAO")
                    .isEqualTo("report-intermedio-piao");
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
            new CmisProvisioner(Layout.of(seed), schedule).run(store, Optional.empty(), false, p -> { });
        }
        int files = 0;
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()))) {
            for (var sector : seed.sectors()) {
                for (int i = 0; i < 5; i++, files++) {
                    Repositories.upload(store.session(), root + PEG + "/" + sector.folder(), "scheda-" + i + ".docx", Map.of());
                }
            }
        }
        Classifier classifier = new Classifier(Layout.of(seed), schedule);
        List<it.ciclo.store.StorePath> beforeTheOutage = new ArrayList<>();
        try (CmisDocumentStore store = CmisDocumentStore.open(quick)) {
            // A dry run makes the same listings as the real one, without the updates: counting its
            // requests lets the server die after at most ten more (type lookups the updates need,
            // then updates), so that at least half of the files cannot be marked. The first dry run
            // fetches the type definitions the session then keeps, so the second one is counted.
            classifier.run(store, true, p -> { });
            long start = SERVER.get().gate().requests();
            assertThat(classifier.run(store, true, p -> { }).classified()).hasSize(files);
            long reads = SERVER.get().gate().requests() - start;
            SERVER.get().gate().dieAfter(reads + 10);
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
