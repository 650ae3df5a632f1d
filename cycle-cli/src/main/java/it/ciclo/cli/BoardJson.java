package it.ciclo.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.SectorStanding;
import it.ciclo.board.Standing;
import it.ciclo.board.Unclassified;
import it.ciclo.store.StoreEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The board for machines:
 * <pre>
 * {"asOf", "directive",
 *  "acts": [{"id", "title", "due", "folder", "folderFound", "shared", "sharesFolderWith",
 *            "sectors": [{"id", "status", "daysLeft", "daysLate", "files": [{"path", "modified", "size"}]}]}],
 *  "unclassified": [{"path", "reason", "message"}]}
 * </pre>
 * A shared act has no sector entries ({@code "sectors": []}); its {@code "status"}, {@code "daysLeft"},
 * {@code "daysLate"} and {@code "files"} stand on the act itself. {@code "due"} is null while the
 * deadline waits for an event; {@code "modified"} is an ISO-8601 date-time with the offset of the
 * zone the board was made in; paths are relative to the store's root, with {@code /}.
 */
final class BoardJson {

    private final Locale locale;

    BoardJson(Locale locale) {
        this.locale = locale;
    }

    void write(Board board, PrintWriter out) throws IOException {
        ZoneId zone = board.schedule().directive().calendar().zone();
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("asOf", board.asOf().toString());
            g.writeStringField("directive", board.schedule().directive().id());
            g.writeArrayFieldStart("acts");
            for (ActStanding act : board.acts()) {
                act(g, act, zone);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unclassified");
            for (Unclassified u : board.unclassified()) {
                g.writeStartObject();
                g.writeStringField("path", u.path().toString());
                g.writeStringField("reason", u.reason().jsonName());
                g.writeStringField("message", u.detail().render(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private void act(JsonGenerator g, ActStanding act, ZoneId zone) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", act.act().id());
        g.writeStringField("title", act.act().title());
        Json.date(g, "due", act.due().effective());
        g.writeStringField("folder", act.folder().toString());
        g.writeBooleanField("folderFound", !act.found().isEmpty());
        g.writeBooleanField("shared", act.isShared());
        g.writeArrayFieldStart("sharesFolderWith");
        for (String other : act.sharesFolderWith()) {
            g.writeString(other);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sectors");
        for (SectorStanding s : act.sectors()) {
            g.writeStartObject();
            g.writeStringField("id", s.sector().id());
            standing(g, s.standing(), zone);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (act.shared().isPresent()) {
            standing(g, act.shared().get(), zone);
        }
        g.writeEndObject();
    }

    private void standing(JsonGenerator g, Standing s, ZoneId zone) throws IOException {
        g.writeStringField("status", s.status().jsonName());
        number(g, "daysLeft", s.daysLeft());
        number(g, "daysLate", s.daysLate());
        g.writeArrayFieldStart("files");
        for (StoreEntry f : s.files()) {
            g.writeStartObject();
            g.writeStringField("path", f.path().toString());
            g.writeStringField("modified", f.modified().atZone(zone).toOffsetDateTime().toString());
            g.writeNumberField("size", f.size());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, Optional<Long> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }
}
