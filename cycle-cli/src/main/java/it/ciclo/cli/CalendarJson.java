package it.ciclo.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import it.ciclo.deadline.Deadline;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The calendar for machines: {@code {"directive", "events", "acts": [{"id", "title", "approval",
 * "submission"}]}}, acts in the directive's order, each deadline
 * {@code {"status", "nominal", "effective", "waitsFor", "explanation"}}.
 */
final class CalendarJson {

    private final Locale locale;

    CalendarJson(Locale locale) {
        this.locale = locale;
    }

    void write(Schedule schedule, PrintWriter out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("directive", schedule.directive().id());
            g.writeObjectFieldStart("events");
            for (Map.Entry<String, java.time.LocalDate> e : schedule.events().asMap().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue().toString());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("acts");
            for (Act act : schedule.directive().acts()) {
                g.writeStartObject();
                g.writeStringField("id", act.id());
                g.writeStringField("title", act.title());
                g.writeFieldName("approval");
                deadline(g, Optional.of(schedule.approval(act.id())));
                g.writeFieldName("submission");
                deadline(g, schedule.submission(act.id()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private void deadline(JsonGenerator g, Optional<Deadline> maybe) throws IOException {
        if (maybe.isEmpty()) {
            g.writeNull();
            return;
        }
        Deadline d = maybe.get();
        g.writeStartObject();
        g.writeStringField("status", d.status().jsonName());
        Json.date(g, "nominal", d.nominal());
        Json.date(g, "effective", d.effective());
        g.writeArrayFieldStart("waitsFor");
        for (String event : d.waitsFor()) {
            g.writeString(event);
        }
        g.writeEndArray();
        g.writeStringField("explanation", d.explanation().render(locale));
        g.writeEndObject();
    }
}
