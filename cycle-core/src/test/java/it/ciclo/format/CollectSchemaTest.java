package it.ciclo.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** docs/directive.schema.json knows the {@code collect} settings as the reader does. */
class CollectSchemaTest {

    private static Set<ValidationMessage> validate(String json) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(Path.of("../docs/directive.schema.json")))
                .validate(new ObjectMapper().readTree(json));
    }

    private static final String COMPLETE = ", \"collect\": {"
            + "\"red\": {\"colours\": [\"#ff0000\", \"C00000\"], \"similar\": false},"
            + "\"authors\": {\"Mario Rossi\": \"lavori-pubblici\"},"
            + "\"proposals\": {\"acts\": [\"nota-dup\"], \"levels\": [\"Indirizzo\", \"Obiettivo\"], \"templates\": \"D_DUP/Modelli\"},"
            + "\"schede\": {\"acts\": [\"piao\"], \"sheet\": \"Schede\", \"headerRow\": 3, \"columns\": {"
            + "\"objective\": \"O\", \"action\": \"A\", \"sector\": \"S\", \"internalParties\": \"I\", \"externalParties\": \"E\","
            + "\"indicator\": \"Ind\", \"baseline\": \"B\", \"source\": \"F\", \"target\": \"T\", \"result\": \"R\", \"gap\": \"G\"}}}";

    @Test
    void everyCollectKeyTheReaderAcceptsIsInTheSchema() throws Exception {
        String json = CollectReadingTest.BASE.replace("COLLECT", COMPLETE);

        new DirectiveReader().read(new StringReader(json), "d.json");
        assertThat(validate(json)).isEmpty();
    }

    @Test
    void theWorkedExampleOfTheGuidesIsValid() throws Exception {
        Path example = Path.of("../docs/examples/raccolta/direttiva.json");

        assertThat(validate(Files.readString(example))).isEmpty();
        assertThat(new DirectiveReader().read(example).collect().schede().orElseThrow().template().headerRow()).isEqualTo(3);
    }

    static Stream<String> slipsBothRefuse() {
        return Stream.of(
                COMPLETE.replace("\"#ff0000\"", "\"rosso\""),
                COMPLETE.replace("\"similar\": false", "\"similar\": \"no\""),
                COMPLETE.replace("\"lavori-pubblici\"", "\"Lavori Pubblici\""),
                COMPLETE.replace("\"levels\": [\"Indirizzo\", \"Obiettivo\"]", "\"levels\": []"),
                COMPLETE.replace("\"headerRow\": 3", "\"headerRow\": 0"),
                COMPLETE.replace("\"target\": \"T\",", ""),
                COMPLETE.replace("\"gap\": \"G\"", "\"gap\": \"  \""),
                COMPLETE.replace("\"gap\": \"G\"", "\"scostamento\": \"G\""),
                COMPLETE.replace("\"red\":", "\"rosso\":"));
    }

    @ParameterizedTest
    @MethodSource("slipsBothRefuse")
    void slipsTheSchemaCanSeeAreRefusedByBoth(String collect) throws Exception {
        String json = CollectReadingTest.BASE.replace("COLLECT", collect);

        assertThat(validate(json)).as(collect).isNotEmpty();
        assertThat(catchThrowableOfType(InvalidDirectiveException.class,
                () -> new DirectiveReader().read(new StringReader(json), "d.json"))).as(collect).isNotNull();
    }
}
