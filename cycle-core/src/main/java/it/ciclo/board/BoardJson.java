package it.ciclo.board;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import it.ciclo.deadline.Schedule;
import it.ciclo.store.StoreEntry;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The board for machines, the same from the command ({@code cycle status --format json}) and from
 * the Alfresco module's web script: what {@code docs/guida/README.md} documents.
 *
 * <pre>
 * {"asOf", "directive", "cycle",
 *  "acts": [{"id", "kind", "title", "due", "approvalDue", "opens", "folder", "folderFound", "shared",
 *            "sharesFolderWith",
 *            "sectors": [{"id", "name", "status", "label", "daysLeft", "daysLate", "arrived",
 *                         "files": [{"name", "path", "modified", "size", "status"}], "oldFiles": [...]}]}],
 *  "unclassified": [{"name", "path", "reason", "message", "modified"}]}
 * </pre>
 *
 * A shared act has no sector entries ({@code "sectors": []}); its {@code "status"}, {@code "label"},
 * {@code "daysLeft"}, {@code "daysLate"}, {@code "arrived"}, {@code "files"} and {@code "oldFiles"}
 * stand on the act itself. Dates are ISO-8601 days; {@code "due"} and {@code "approvalDue"} are null
 * while the deadline waits for an event; {@code "modified"} is an ISO-8601 date-time with the offset
 * of the directive's time zone; paths are relative to the store's root, with {@code /}. Statuses,
 * reasons and kinds are the stable JSON names; {@code "label"} and {@code "message"} are in the
 * language asked for. A file's {@code "status"} is its review state where the store keeps one, else
 * null. Thread-safe.
 */
public final class BoardJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Locale locale;

    /** @param locale the language of {@code "label"} and {@code "message"}: Italian unless English */
    public BoardJson(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * Writes {@code board} to {@code out}, pretty-printed, followed by a line end; does not close {@code out}.
     *
     * @param board the board
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public void write(Board board, Writer out) throws IOException {
        Objects.requireNonNull(board, "board");
        Schedule schedule = board.schedule();
        ZoneId zone = schedule.directive().calendar().zone();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("asOf", board.asOf().toString());
            g.writeStringField("directive", schedule.directive().id());
            g.writeStringField("cycle", schedule.directive().cycle().label());
            g.writeArrayFieldStart("acts");
            for (ActStanding act : board.acts()) {
                act(g, act, schedule, zone);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unclassified");
            for (Unclassified u : board.unclassified()) {
                g.writeStartObject();
                g.writeStringField("name", u.path().isRoot() ? "" : u.path().name());
                g.writeStringField("path", u.path().toString());
                g.writeStringField("reason", u.reason().jsonName());
                g.writeStringField("message", u.detail().render(locale));
                instant(g, "modified", u.modified(), zone);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private void act(JsonGenerator g, ActStanding act, Schedule schedule, ZoneId zone) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", act.act().id());
        g.writeStringField("kind", act.act().kind().jsonName());
        g.writeStringField("title", act.act().title());
        date(g, "due", act.due().effective());
        date(g, "approvalDue", schedule.approval(act.act().id()).effective());
        date(g, "opens", Optional.of(act.opens()));
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
            g.writeStringField("name", s.sector().name());
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
        g.writeStringField("label", s.status().describe(locale));
        number(g, "daysLeft", s.daysLeft());
        number(g, "daysLate", s.daysLate());
        date(g, "arrived", s.arrived());
        files(g, "files", s.files(), zone);
        files(g, "oldFiles", s.old(), zone);
    }

    private static void files(JsonGenerator g, String field, List<StoreEntry> files, ZoneId zone) throws IOException {
        g.writeArrayFieldStart(field);
        for (StoreEntry f : files) {
            g.writeStartObject();
            g.writeStringField("name", f.name());
            g.writeStringField("path", f.path().toString());
            instant(g, "modified", Optional.of(f.modified()), zone);
            g.writeNumberField("size", f.size());
            if (f.review().isPresent()) {
                g.writeStringField("status", f.review().get().jsonName());
            } else {
                g.writeNullField("status");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void instant(JsonGenerator g, String field, Optional<Instant> at, ZoneId zone) throws IOException {
        if (at.isPresent()) {
            g.writeStringField(field, at.get().atZone(zone).toOffsetDateTime().toString());
        } else {
            g.writeNullField(field);
        }
    }

    private static void date(JsonGenerator g, String field, Optional<LocalDate> date) throws IOException {
        if (date.isPresent()) {
            g.writeStringField(field, date.get().toString());
        } else {
            g.writeNullField(field);
        }
    }

    private static void number(JsonGenerator g, String field, Optional<Long> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }
}
