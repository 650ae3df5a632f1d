package it.ciclo.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.cmis.provision.CmisProvisioner;
import it.ciclo.cmis.register.CmisDirectiveCopy;
import it.ciclo.cmis.register.CmisDirectiveCopy.Outcome;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.layout.Layout;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The directive kept beside its act folders in a real CMIS repository. */
class DirectiveCopyTest {

    private static final String BASE = "/ATTIVITA' TRASVERSALI/11_Programmazione e controllo";
    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    @Test
    void isWrittenOnceThenOnlyWhenItChangesAndNeverBeforeTheFoldersExist() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.seed();
        byte[] text = seedText();
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            CmisDirectiveCopy copy = new CmisDirectiveCopy(store, Layout.of(seed));
            assertThat(copy.save(text)).isEqualTo(Outcome.NO_FOLDER);

            new CmisProvisioner(Layout.of(seed), Schedule.of(seed, EventDates.none())).run(store, Optional.empty(), false, p -> { });
            assertThat(copy.save(text)).isEqualTo(Outcome.CREATED);
            assertThat(content(store, root)).isEqualTo(new String(text, StandardCharsets.UTF_8));
            assertThat(copy.save(text)).isEqualTo(Outcome.UNCHANGED);

            byte[] changed = new String(text, StandardCharsets.UTF_8).replace("Ciclo di programmazione 2024 - 2026",
                    "Ciclo di programmazione 2024 - 2026 (rivisto)").getBytes(StandardCharsets.UTF_8);
            assertThat(copy.save(changed)).isEqualTo(Outcome.UPDATED);
            assertThat(content(store, root)).contains("(rivisto)");
            assertThat(copy.location()).endsWith(root + BASE + "/direttiva-4-2023.direttiva.json");
        }
    }

    @Test
    void neverOverwritesADocumentOfThatNameThatIsNotThisDirective() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.seed();
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            new CmisProvisioner(Layout.of(seed), Schedule.of(seed, EventDates.none())).run(store, Optional.empty(), false, p -> { });
            Repositories.upload(store.session(), root + BASE, "direttiva-4-2023.direttiva.json", Map.of());
            assertThat(new CmisDirectiveCopy(store, Layout.of(seed)).save(seedText())).isEqualTo(Outcome.NOT_OURS);
            assertThat(content(store, root)).isEqualTo("contenuto di direttiva-4-2023.direttiva.json");
        }
    }

    private static String content(CmisDocumentStore store, String root) throws Exception {
        Document document = (Document) store.session().getObjectByPath(root + BASE + "/direttiva-4-2023.direttiva.json");
        try (InputStream in = document.getContentStream().getStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] seedText() throws Exception {
        return Files.readAllBytes(Path.of(System.getProperty("basedir", "."), "..", "docs", "examples", "direttiva-4-2023.json"));
    }
}
