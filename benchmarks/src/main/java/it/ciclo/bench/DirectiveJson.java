package it.ciclo.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import it.ciclo.calendar.Roll;
import it.ciclo.deadline.Conditional;
import it.ciclo.deadline.DaysAfter;
import it.ciclo.deadline.DeadlineRule;
import it.ciclo.deadline.Earliest;
import it.ciclo.deadline.FixedDate;
import it.ciclo.deadline.Latest;
import it.ciclo.deadline.WorkingDays;
import it.ciclo.directive.Act;
import it.ciclo.directive.ActKind;
import it.ciclo.directive.Directive;
import it.ciclo.directive.EventDefinition;
import it.ciclo.directive.Sector;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a directive in the directive format (the one {@code DirectiveReader} reads), so the
 * reading benchmark has the text of the generated directive. Covers what the generator produces.
 */
public final class DirectiveJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DirectiveJson() {
    }

    /** {@code directive} as pretty-printed JSON text. */
    public static String write(Directive directive) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            directive(g, directive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void directive(JsonGenerator g, Directive d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("title", d.title());
        g.writeObjectFieldStart("issued");
        date(g, "on", d.issued().on());
        g.writeStringField("by", d.issued().by());
        g.writeStringField("number", d.issued().number());
        g.writeEndObject();
        g.writeObjectFieldStart("cycle");
        g.writeNumberField("firstYear", d.cycle().firstYear());
        g.writeNumberField("lastYear", d.cycle().lastYear());
        g.writeEndObject();

        g.writeObjectFieldStart("calendar");
        g.writeStringField("country", d.calendar().country());
        if (d.calendar().patronSaint().isPresent()) {
            var p = d.calendar().patronSaint().get();
            g.writeStringField("patronSaint", String.format("%02d-%02d", p.getMonthValue(), p.getDayOfMonth()));
        }
        g.writeArrayFieldStart("closures");
        for (LocalDate c : d.calendar().closures()) {
            g.writeString(c.toString());
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeObjectFieldStart("events");
        for (EventDefinition e : d.events().values()) {
            g.writeObjectFieldStart(e.id());
            g.writeStringField("label", e.label());
            if (e.kind().isPresent()) {
                g.writeStringField("kind", e.kind().get().jsonName());
            }
            if (e.on().isPresent()) {
                date(g, "on", e.on().get());
            }
            g.writeEndObject();
        }
        g.writeEndObject();

        g.writeArrayFieldStart("sectors");
        for (Sector s : d.sectors()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("name", s.name());
            g.writeStringField("folder", s.folder());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("acts");
        for (Act a : d.acts()) {
            act(g, a);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void act(JsonGenerator g, Act a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        if (a.kind() != ActKind.OTHER) {
            g.writeStringField("kind", a.kind().jsonName());
        }
        g.writeStringField("title", a.title());
        if (!a.text().isEmpty()) {
            g.writeStringField("text", a.text());
        }
        g.writeFieldName("approval");
        rule(g, a.approval());
        if (a.submission().isPresent()) {
            var s = a.submission().get();
            g.writeObjectFieldStart("submission");
            g.writeFieldName("due");
            rule(g, s.due());
            g.writeStringField("folder", s.folder());
            if (!s.instructions().isEmpty()) {
                g.writeStringField("instructions", s.instructions());
            }
            g.writeEndObject();
        }
        if (a.reports().isPresent()) {
            g.writeObjectFieldStart("reports");
            date(g, "from", a.reports().get().from());
            date(g, "to", a.reports().get().to());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void rule(JsonGenerator g, DeadlineRule rule) throws IOException {
        g.writeStartObject();
        if (rule instanceof FixedDate f) {
            date(g, "on", f.date());
        } else if (rule instanceof DaysAfter d) {
            g.writeNumberField("days", d.days());
            g.writeStringField("after", d.after().toString());
        } else if (rule instanceof WorkingDays w) {
            g.writeNumberField("workingDays", w.count());
            g.writeStringField(w.direction() == WorkingDays.Direction.AFTER ? "after" : "before", w.reference().toString());
        } else if (rule instanceof Latest l) {
            rules(g, "latest", l.rules());
        } else if (rule instanceof Earliest e) {
            rules(g, "earliest", e.rules());
        } else {
            Conditional c = (Conditional) rule;
            g.writeStringField("if", c.event());
            g.writeFieldName("then");
            rule(g, c.then());
            g.writeFieldName("else");
            rule(g, c.otherwise());
        }
        if (rule.roll() != Roll.NONE) {
            g.writeStringField("roll", rule.roll().jsonName());
        }
        g.writeEndObject();
    }

    private static void rules(JsonGenerator g, String key, List<DeadlineRule> rules) throws IOException {
        g.writeArrayFieldStart(key);
        for (DeadlineRule r : rules) {
            rule(g, r);
        }
        g.writeEndArray();
    }

    private static void date(JsonGenerator g, String key, LocalDate date) throws IOException {
        g.writeStringField(key, date.toString());
    }
}
