package it.ciclo.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ciclo.directive.Contact;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Reminders;
import it.ciclo.testing.Fixtures;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sectors' {@code "contacts"} and the directive's {@code "reminders"}: who reminders go to, and when. */
class RemindersReaderTest {

    private static final String AFFARI = "\"folder\": \"Affari Generali\"}";

    @Test
    void readsContactsAndThePolicy() throws Exception {
        String json = Fixtures.seedJson()
                .replace(AFFARI, "\"folder\": \"Affari Generali\", \"contacts\": [{\"name\": \"Dott.ssa Anna Verdi\", "
                        + "\"email\": \"anna.verdi@comune.esempio.it\"}, {\"email\": \"affari.generali@pec.comune.esempio.it\"}]}")
                .replace("\"calendar\": {\"country\": \"IT\"},", "\"calendar\": {\"country\": \"IT\"}, \"reminders\": "
                        + "{\"workingDaysBefore\": 3, \"chaseEvery\": 5, \"office\": [{\"name\": \"Ufficio Programmazione\", "
                        + "\"email\": \"programmazione@comune.esempio.it\"}]},");
        Directive d = Fixtures.directive(json);
        assertThat(d.sector("affari-generali").orElseThrow().contacts()).containsExactly(
                new Contact("Dott.ssa Anna Verdi", "anna.verdi@comune.esempio.it"),
                new Contact("", "affari.generali@pec.comune.esempio.it"));
        assertThat(d.sector("lavori-pubblici").orElseThrow().contacts()).isEmpty();
        assertThat(d.reminders()).isEqualTo(new Reminders(3, 5,
                List.of(new Contact("Ufficio Programmazione", "programmazione@comune.esempio.it"))));
    }

    @Test
    void leftOutTheyAreNobodyAndTheDefaults() {
        Directive d = Fixtures.seed();
        assertThat(d.sectors()).allSatisfy(s -> assertThat(s.contacts()).isEmpty());
        assertThat(d.reminders()).isEqualTo(Reminders.DEFAULTS);
        assertThat(Reminders.DEFAULTS.workingDaysBefore()).isEqualTo(5);
    }

    @Test
    void refusesWhatIsNoAddressAtItsPlaceInBothLanguages() {
        String json = Fixtures.seedJson()
                .replace(AFFARI, "\"folder\": \"Affari Generali\", \"contacts\": [{\"email\": \"anna.verdi@comune\"}]}")
                .replace("\"folder\": \"Lavori Pubblici\"}", "\"folder\": \"Lavori Pubblici\", \"contacts\": "
                        + "[{\"email\": \"a@b.it\"}, {\"email\": \"A@b.it\"}, {\"nome\": \"x\"}]}");
        InvalidDirectiveException e = invalid(json);
        assertThat(e.problems()).extracting(p -> p.location().path()).containsExactly(
                "$.sectors[0].contacts[0].email", "$.sectors[2].contacts[2]", "$.sectors[2].contacts[2].nome");
        assertThat(e.problems().get(0).render(Locale.ITALIAN)).isEqualTo("d.json:18:118: $.sectors[0].contacts[0].email: "
                + "\"anna.verdi@comune\" non è un indirizzo e-mail valido; atteso nome@dominio (es. \"mario.rossi@comune.esempio.it\")");
        assertThat(e.problems().get(0).message().render(Locale.ENGLISH)).startsWith("\"anna.verdi@comune\" is not a valid e-mail address");
        assertThat(e.problems().get(1).message().render(Locale.ITALIAN)).isEqualTo("manca la chiave obbligatoria \"email\"");
    }

    @Test
    void refusesTheSameAddressTwiceInOneList() {
        String json = Fixtures.seedJson().replace(AFFARI, "\"folder\": \"Affari Generali\", \"contacts\": "
                + "[{\"email\": \"a@b.it\"}, {\"email\": \"A@B.it\"}]}");
        InvalidDirectiveException e = invalid(json);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().path()).isEqualTo("$.sectors[0].contacts[1]");
            assertThat(p.message().render(Locale.ITALIAN)).startsWith("\"a@b.it\" ripetuto (già scritto in $.sectors[0].contacts[0])");
        });
    }

    @Test
    void refusesAPolicyOutOfRangeOrWithUnknownKeys() {
        String json = Fixtures.seedJson().replace("\"calendar\": {\"country\": \"IT\"},", "\"calendar\": {\"country\": \"IT\"}, "
                + "\"reminders\": {\"workingDaysBefore\": 61, \"giorni\": 3},");
        assertThat(invalid(json).problems()).extracting(p -> p.location().path() + " " + p.message())
                .containsExactly("$.reminders.workingDaysBefore 61 è fuori dall'intervallo ammesso (0–60)",
                        "$.reminders.giorni chiave sconosciuta \"giorni\"; ammesse qui: workingDaysBefore, chaseEvery, office");
    }

    @Test
    void anAddressIsStrictAboutWhatCouldForgeAHeader() {
        assertThat(Contact.isEmail("mario.rossi@comune.esempio.it")).isTrue();
        assertThat(Contact.isEmail("protocollo@pec.comune.roma.it")).isTrue();
        assertThat(Contact.isEmail("m+ciclo@example.org")).isTrue();
        for (String bad : List.of("", "mario", "@comune.it", "mario@", "mario@comune", "mario@@comune.it", "ma rio@comune.it",
                "mario@comune..it", "Mario <m@c.it>", "m@c.it\r\nBcc: x@y.it", "m,n@c.it", ".m@c.it", "m@-c.it", "m@c_d.it")) {
            assertThat(Contact.isEmail(bad)).as(bad).isFalse();
        }
    }

    private static InvalidDirectiveException invalid(String json) {
        InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class,
                () -> new DirectiveReader().read(new StringReader(json), "d.json"));
        assertThat(e).as("should be refused").isNotNull();
        return e;
    }
}
