package it.ciclo.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import it.ciclo.check.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Findings for machines: {@code {"findings": [{"code", "severity", "act", "path", "message"}]}}. */
final class FindingsJson {

    private final Locale locale;

    FindingsJson(Locale locale) {
        this.locale = locale;
    }

    void write(List<Finding> findings, PrintWriter out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("code", f.code().code());
                g.writeStringField("severity", f.severity().jsonName());
                if (f.act().isPresent()) {
                    g.writeStringField("act", f.act().get());
                } else {
                    g.writeNullField("act");
                }
                g.writeStringField("path", f.path());
                g.writeStringField("message", f.message().render(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }
}
