package it.ciclo.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Optional;

/** Pretty-printed JSON output with Jackson's streaming generator; dates as ISO-8601, absent as null. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    static void date(JsonGenerator g, String field, Optional<LocalDate> date) throws IOException {
        if (date.isPresent()) {
            g.writeStringField(field, date.get().toString());
        } else {
            g.writeNullField(field);
        }
    }
}
