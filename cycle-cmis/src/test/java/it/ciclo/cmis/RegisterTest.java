package it.ciclo.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.cmis.provision.CmisProvisioner;
import it.ciclo.cmis.register.CmisRegister;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.format.InvalidRegisterException;
import it.ciclo.layout.Layout;
import it.ciclo.register.EventRegister;
import it.ciclo.store.StoreException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The events register as a document of a real CMIS repository. */
class RegisterTest {

    private static final Instant AT = Instant.parse("2023-12-28T09:15:00Z");
    private static final String BASE = "/ATTIVITA' TRASVERSALI/11_Programmazione e controllo";
    @RegisterExtension
    static final RunningServer SERVER = new RunningServer();

    @Test
    void keepsTheRegisterInTheCycleFolderAndReadsItBack() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.seed();
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            new CmisProvisioner(Layout.of(seed), Schedule.of(seed, EventDates.none())).run(store, Optional.empty(), false, p -> { });
            CmisRegister register = new CmisRegister(store, Layout.of(seed));
            EventRegister empty = register.load(seed.id());
            assertThat(empty.entries()).isEmpty();
            EventRegister one = empty.record("bilancio-differito", LocalDate.of(2024, 3, 15), "admin", AT, "DM Interno 22/12/2023", "GU n. 303");
            register.save(empty, one);
            EventRegister two = one.record("bilancio-differito", LocalDate.of(2024, 4, 30), "admin", AT, "DM Interno 7/3/2024", "GU n. 60");
            register.save(one, two);
            assertThat(register.load(seed.id())).isEqualTo(two);
            assertThat(register.location()).endsWith(root + BASE + "/direttiva-4-2023.eventi.json");

            Document document = (Document) store.session().getObjectByPath(root + BASE + "/direttiva-4-2023.eventi.json");
            try (InputStream in = document.getContentStream().getStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"decree\" : \"DM Interno 7/3/2024\"");
            }
            assertThatThrownBy(() -> register.save(one, two.undo("bilancio-differito", "admin", AT, "")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("qualcun altro");
        }
    }

    @Test
    void neverOverwritesADocumentThatIsNotARegisterNorWritesBeforeInit() throws Exception {
        String root = Repositories.freshRoot(SERVER.get());
        Directive seed = Directives.seed();
        try (CmisDocumentStore store = CmisDocumentStore.open(Servers.settings(SERVER.get()).withRoot(root))) {
            CmisRegister register = new CmisRegister(store, Layout.of(seed));
            EventRegister empty = register.load(seed.id());
            assertThatThrownBy(() -> register.save(empty, empty.record("bilancio-approvato", LocalDate.of(2023, 12, 20), "a", AT, "", "")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("cycle init");

            new CmisProvisioner(Layout.of(seed), Schedule.of(seed, EventDates.none())).run(store, Optional.empty(), false, p -> { });
            Repositories.upload(store.session(), root + BASE, "DIRETTIVA-4-2023.eventi.json", Map.of());
            assertThatThrownBy(() -> register.load(seed.id())).isInstanceOf(InvalidRegisterException.class);
            assertThatThrownBy(() -> register.save(empty, empty.record("bilancio-approvato", LocalDate.of(2023, 12, 20), "a", AT, "", "")))
                    .isInstanceOf(InvalidRegisterException.class);
            Document theirs = (Document) store.session().getObjectByPath(root + BASE + "/DIRETTIVA-4-2023.eventi.json");
            try (InputStream in = theirs.getContentStream().getStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("contenuto di DIRETTIVA-4-2023.eventi.json");
            }
        }
    }
}
