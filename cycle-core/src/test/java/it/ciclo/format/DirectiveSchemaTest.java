package it.ciclo.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/directive.schema.json, the schema editors use while a directive is written, agrees with the
 * reader: what the reader accepts the schema accepts, and the slips the schema can see it refuses
 * as the reader does.
 */
class DirectiveSchemaTest {

    private static final Path SCHEMA = Path.of("../docs/directive.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Files.readString(SCHEMA));
    }

    private static Set<ValidationMessage> validate(String json) throws Exception {
        return schema().validate(JSON.readTree(json));
    }

    @Test
    void theSeedDirectiveAndTheMinimalOneAreValid() throws Exception {
        assertThat(validate(Files.readString(DirectiveReaderTest.SEED))).isEmpty();
        assertThat(validate(Minimal.json())).isEmpty();
    }

    @Test
    void everyKeyTheReaderAcceptsIsInTheSchema() throws Exception {
        String complete = """
                {"$schema": "directive.schema.json", "id": "completa", "title": "Ciclo 2024-2026",
                 "issued": {"on": "2023-09-20", "by": "SG", "number": "4"},
                 "cycle": {"firstYear": 2024, "lastYear": 2026},
                 "calendar": {"country": "IT", "patronSaint": "06-29", "patronSaintLegalHoliday": true, "closures": ["2024-08-16"],
                              "zone": "Europe/Rome"},
                 "files": {"matchCase": false, "ignore": ["*.bak", "Copia di *"], "templatesFolder": "Modelli"},
                 "events": {"bilancio-approvato": {"label": "l'approvazione del bilancio", "kind": "approvazione-bilancio", "on": "2023-12-20"},
                            "bilancio-differito": {"label": "il differimento", "kind": "differimento-bilancio"}},
                 "sectors": [{"id": "lavori-pubblici", "name": "Settore Lavori Pubblici", "folder": "Lavori Pubblici",
                              "contacts": [{"name": "Ing. Carla Bianchi", "email": "c.bianchi@comune.esempio.it"},
                                           {"email": "lavori.pubblici@pec.comune.esempio.it"}]}],
                 "reminders": {"workingDaysBefore": 3, "chaseEvery": 5,
                               "office": [{"name": "Ufficio Programmazione", "email": "programmazione@comune.esempio.it"}]},
                 "acts": [
                   {"id": "dup", "kind": "nota-aggiornamento-dup", "title": "Nota", "text": "t", "approval": {"on": "2023-11-15"},
                    "submission": {"due": {"workingDays": 20, "before": "dup.approval", "roll": "previous-working-day"},
                                   "folder": "R:\\\\D_DUP 2024_2026", "instructions": "i", "shared": true}},
                   {"id": "peg", "kind": "peg", "title": "PEG", "approval": {"days": 20, "after": "bilancio-approvato", "roll": "next-non-holiday"},
                    "submission": {"due": {"workingDays": 5, "after": "dup.approval"}, "folder": "E_PEG", "opens": "2023-10-01",
                                   "sectors": ["lavori-pubblici"]}},
                   {"id": "piao", "kind": "piao", "title": "PIAO",
                    "approval": {"latest": [{"on": "2024-01-31"},
                                            {"if": "bilancio-differito", "then": {"days": 30, "after": "bilancio-approvato"},
                                             "else": {"earliest": [{"on": "2024-01-31"}], "roll": "next-working-day"}}]},
                    "reports": {"from": "2024-01-01", "to": "2024-12-31"}}
                 ]}
                """;

        new DirectiveReader().read(new StringReader(complete), "completa.json");
        assertThat(validate(complete)).isEmpty();
    }

    static Stream<String> slipsBothRefuse() {
        String m = Minimal.json();
        return Stream.of(
                m.replace("\"title\": \"Ciclo 2024-2026\",", "\"title\": \"Ciclo 2024-2026\", \"titolo\": \"x\","),
                m.replace("\"on\": \"2024-01-31\"", "\"on\": \"31/01/2024\""),
                m.replace("{\"on\": \"2024-01-31\"}", "{\"on\": \"2024-01-31\", \"roll\": \"sideways\"}"),
                m.replace("{\"on\": \"2024-01-31\"}", "{\"on\": \"2024-01-31\", \"days\": 3}"),
                m.replace("{\"on\": \"2024-01-31\"}", "{\"workingDays\": 2, \"after\": \"a\", \"before\": \"b\"}"),
                m.replace("{\"on\": \"2024-01-31\"}", "{\"latest\": []}"),
                m.replace("\"id\": \"minimal\"", "\"id\": \"Direttiva 4\""),
                m.replace("\"firstYear\": 2024", "\"firstYear\": \"2024\""),
                m.replace("\"by\": \"Il Segretario Generale\", ", ""),
                m.replace("{\"on\": \"2024-01-31\"}", "{\"days\": 1, \"after\": \"piao.due\"}"),
                m.replace("\"cycle\"", "\"files\": {\"matchCase\": \"no\"}, \"cycle\""),
                m.replace("\"cycle\"", "\"files\": {\"ignore\": [\"a/b\"]}, \"cycle\""),
                m.replace("\"cycle\"", "\"files\": {\"ignore\": [\"*.bak\", \"*.bak\"]}, \"cycle\""),
                m.replace("\"cycle\"", "\"files\": {\"templatesFolder\": \"..\"}, \"cycle\""),
                m.replace("\"cycle\"", "\"files\": {\"ignora\": []}, \"cycle\""),
                m.replace("\"cycle\"", "\"calendar\": {\"zone\": \"Europe Rome\"}, \"cycle\""),
                m.replace("\"acts\": [", "\"sectors\": [{\"id\": \"a\", \"name\": \"A\", \"folder\": \"A/B\"}], \"acts\": ["),
                withSubmission(m, ", \"opens\": \"01/10/2023\""),
                withSubmission(m, ", \"sectors\": []"),
                withSubmission(m, ", \"sectors\": [\"Lavori Pubblici\"]"),
                withSubmission(m, ", \"sectors\": [\"a\", \"a\"]"),
                withSubmission(m, ", \"shared\": true, \"sectors\": [\"a\"]"),
                m.replace("\"acts\": [", "\"sectors\": [{\"id\": \"a\", \"name\": \"A\", \"folder\": \"A\", \"contacts\": [{\"email\": \"mario.rossi\"}]}], \"acts\": ["),
                m.replace("\"acts\": [", "\"sectors\": [{\"id\": \"a\", \"name\": \"A\", \"folder\": \"A\", \"contacts\": [{\"name\": \"Mario\"}]}], \"acts\": ["),
                m.replace("\"acts\": [", "\"sectors\": [{\"id\": \"a\", \"name\": \"A\", \"folder\": \"A\", \"contacts\": [{\"email\": \"Mario Rossi <m@c.it>\"}]}], \"acts\": ["),
                m.replace("\"cycle\"", "\"reminders\": {\"workingDaysBefore\": -1}, \"cycle\""),
                m.replace("\"cycle\"", "\"reminders\": {\"daysBefore\": 3}, \"cycle\""),
                m.replace("\"cycle\"", "\"reminders\": {\"office\": [{\"email\": \"ufficio@comune\"}]}, \"cycle\""));
    }

    /** {@code minimal} with one sector {@code a} and a submission for its act; {@code more} inside the submission. */
    private static String withSubmission(String minimal, String more) {
        return minimal.replace("\"acts\": [", "\"sectors\": [{\"id\": \"a\", \"name\": \"A\", \"folder\": \"A\"}], \"acts\": [")
                .replace("\"title\": \"PIAO 2024-2026\",",
                        "\"title\": \"PIAO 2024-2026\", \"submission\": {\"due\": {\"on\": \"2024-01-15\"}, \"folder\": \"P\"" + more + "},");
    }

    @ParameterizedTest
    @MethodSource("slipsBothRefuse")
    void slipsTheSchemaCanSeeAreRefusedByBoth(String json) throws Exception {
        assertThat(validate(json)).as(json).isNotEmpty();
        assertThat(catchThrowableOfType(InvalidDirectiveException.class,
                () -> new DirectiveReader().read(new StringReader(json), "t.json"))).as(json).isNotNull();
    }

    @Test
    void theSchemaIsItselfValidJson() throws Exception {
        JsonNode schema = JSON.readTree(SCHEMA.toFile());
        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    }
}
