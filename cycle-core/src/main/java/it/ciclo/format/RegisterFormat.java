package it.ciclo.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import it.ciclo.i18n.Message;
import it.ciclo.register.EventRecorded;
import it.ciclo.register.EventRegister;
import it.ciclo.register.RecordUndone;
import it.ciclo.register.RegisterEntry;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The events register as a file: JSON an office worker can read, each entry with who, when, which
 * decree and which Gazzetta Ufficiale. Read strictly, like the directive (file, line, column, JSON
 * path for every problem); a file whose {@code "format"} is not {@value #FORMAT} is not a register
 * of Ciclo, and is never overwritten. Thread-safe.
 *
 * <pre>
 * {"format": "ciclo-registro-eventi/1", "about": "...", "directive": "direttiva-4-2023",
 *  "entries": [
 *    {"number": 1, "action": "record", "event": "bilancio-differito", "date": "2024-03-15",
 *     "by": "mario.rossi", "at": "2023-12-28T10:15:00+01:00",
 *     "decree": "DM Interno 22/12/2023", "gazette": "GU Serie Generale n. 303 del 30/12/2023"},
 *    {"number": 2, "action": "undo", "event": "bilancio-differito", "undoes": 1,
 *     "by": "anna.bianchi", "at": "2023-12-28T11:00:00+01:00", "reason": "registrato per errore"}]}
 * </pre>
 */
public final class RegisterFormat {

    /** What the {@code "format"} key of a register says. */
    public static final String FORMAT = "ciclo-registro-eventi/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Reads the register in {@code in}; {@code source} names it in messages.
     *
     * @param in the text to read
     * @param source how messages name the file
     * @return the register read
     * @throws InvalidRegisterException if it is not JSON, not a register of Ciclo, or not a valid one
     */
    public EventRegister read(Reader in, String source) throws InvalidRegisterException {
        JsonNode root;
        try {
            String text = DirectiveReader.readAll(in);
            if (text == null) {
                throw invalid(new Location(source, 1, 1, "$"), Message.of("file.tooLarge.chars", TextFile.MAX_BYTES));
            }
            root = new JsonTreeReader(source).read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonTreeReader.InvalidJsonException e) {
            throw invalid(e.problem().location(), Message.of("register.notOurs", FORMAT));
        } catch (IOException e) {
            throw invalid(new Location(source, 1, 1, "$"), Message.of("format.unreadable", it.ciclo.i18n.Causes.of(e)));
        }
        if (root == null) {
            throw invalid(new Location(source, 1, 1, "$"), Message.of("register.notOurs", FORMAT));
        }
        Walk walk = new Walk();
        EventRegister register = walk.register(root);
        if (!walk.problems.isEmpty() || register == null) {
            throw new InvalidRegisterException(walk.sortedProblems());
        }
        return register;
    }

    /**
     * Reads the register in {@code in}, which must be directive {@code directiveId}'s.
     *
     * @param in the text to read
     * @param source how messages name the file
     * @param directiveId the directive's identifier
     * @return the register read, directive {@code directiveId}'s
     * @throws InvalidRegisterException if it is not a valid register, or another directive's
     */
    public EventRegister read(Reader in, String source, String directiveId) throws InvalidRegisterException {
        EventRegister register = read(in, source);
        if (!register.directiveId().equals(directiveId)) {
            throw invalid(new Location(source, 1, 1, "$.directive"),
                    Message.of("register.otherDirective", register.directiveId(), directiveId));
        }
        return register;
    }

    /**
     * Writes {@code register} to {@code out}, instants in {@code zone}; does not close {@code out}.
     *
     * @param register the register
     * @param zone the Comune's time zone
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public void write(EventRegister register, ZoneId zone, Writer out) throws IOException {
        Objects.requireNonNull(register, "register");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("about", Message.of("register.about").render(Message.ITALIAN));
            g.writeStringField("directive", register.directiveId());
            g.writeArrayFieldStart("entries");
            for (RegisterEntry e : register.entries()) {
                g.writeStartObject();
                g.writeNumberField("number", e.number());
                if (e instanceof EventRecorded r) {
                    g.writeStringField("action", "record");
                    g.writeStringField("event", r.eventId());
                    g.writeStringField("date", r.date().toString());
                    g.writeStringField("by", r.by());
                    g.writeStringField("at", r.at().atZone(zone).toOffsetDateTime().toString());
                    g.writeStringField("decree", r.decree());
                    g.writeStringField("gazette", r.gazette());
                } else if (e instanceof RecordUndone u) {
                    g.writeStringField("action", "undo");
                    g.writeStringField("event", u.eventId());
                    g.writeNumberField("undoes", u.undoes());
                    g.writeStringField("by", u.by());
                    g.writeStringField("at", u.at().atZone(zone).toOffsetDateTime().toString());
                    g.writeStringField("reason", u.reason());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static InvalidRegisterException invalid(Location at, Message message) {
        return new InvalidRegisterException(List.of(new Problem(at, message)));
    }

    /** One pass over a register's tree. */
    private static final class Walk extends JsonWalk {

        EventRegister register(JsonNode root) {
            // Anything without the register's mark is somebody else's file: say that, and only that.
            if (!(root instanceof JsonNode.Obj o) || !(o.members().get("format") instanceof JsonNode.Str mark)
                    || !mark.value().equals(FORMAT)) {
                problem(root.location(), "register.notOurs", FORMAT);
                return null;
            }
            Fields f = fields(root, "format", "about", "directive", "entries");
            f.optional("about", this::string);
            String directive = f.required("directive", this::id);
            List<RegisterEntry> entries = f.required("entries", n -> list(n, this::entry));
            if (directive == null || entries == null || !problems.isEmpty()) {
                return null;
            }
            try {
                return new EventRegister(directive, entries);
            } catch (IllegalArgumentException e) {
                problem(f.obj.members().get("entries").location(), "register.invalid", e.getMessage());
                return null;
            }
        }

        RegisterEntry entry(JsonNode n) {
            Fields f = fields(n, "number", "action", "event", "date", "undoes", "by", "at", "decree", "gazette", "reason");
            if (f == null) {
                return null;
            }
            Integer number = f.required("number", v -> integer(v, 1, Integer.MAX_VALUE));
            String action = f.required("action", v -> oneOf(v, List.of("record", "undo"), a -> a));
            String event = f.required("event", this::id);
            String by = f.required("by", this::string);
            Instant at = f.required("at", this::instant);
            if (action == null) {
                return null;
            }
            if (action.equals("record")) {
                LocalDate date = f.required("date", this::date);
                String decree = f.optional("decree", this::string).orElse("");
                String gazette = f.optional("gazette", this::string).orElse("");
                if (number == null || event == null || by == null || at == null || date == null) {
                    return null;
                }
                return new EventRecorded(number, event, date, by, at, decree, gazette);
            }
            Integer undoes = f.required("undoes", v -> integer(v, 1, Integer.MAX_VALUE));
            String reason = f.optional("reason", this::string).orElse("");
            if (number == null || event == null || by == null || at == null || undoes == null) {
                return null;
            }
            if (undoes >= number) {
                problem(f.obj.members().get("undoes").location(), "register.undoesLater", undoes, number);
                return null;
            }
            return new RecordUndone(number, event, undoes, by, at, reason);
        }

        Instant instant(JsonNode n) {
            return parsed(n, ".+", t -> OffsetDateTime.parse(t).toInstant(), "register.instant");
        }
    }
}
