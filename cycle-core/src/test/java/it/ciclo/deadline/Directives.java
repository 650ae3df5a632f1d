package it.ciclo.deadline;

import it.ciclo.directive.Directive;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidDirectiveException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Small directives for the deadline tests, written in the directive format: a budget-approval
 * event, a deferral event and the acts given.
 */
public final class Directives {

    public static final String APPROVED = "bilancio-approvato";
    public static final String DEFERRED = "bilancio-differito";
    public static final String APPROVED_LABEL = "l'approvazione del bilancio di previsione";
    public static final String DEFERRED_LABEL = "il differimento del termine per il bilancio di previsione";

    private Directives() {
    }

    /** A directive on Italy's plain calendar with the given acts (each a JSON object). */
    public static Directive withActs(String... acts) {
        return read(json("{\"country\": \"IT\"}", acts));
    }

    /** A directive with one act, {@code piao}, approved by {@code rule}. */
    public static Directive approvedBy(String rule) {
        return withActs(act("piao", rule));
    }

    /** A whole directive in the format, with the two budget events, {@code calendar} and the acts. */
    public static String json(String calendar, String... acts) {
        return """
                {
                  "id": "direttiva-test",
                  "title": "Ciclo di programmazione 2024 - 2026",
                  "issued": {"on": "2023-09-20", "by": "Il Segretario Generale"},
                  "cycle": {"firstYear": 2024, "lastYear": 2026},
                  "calendar": %s,
                  "events": {
                    "bilancio-approvato": {"label": "%s", "kind": "approvazione-bilancio"},
                    "bilancio-differito": {"label": "%s", "kind": "differimento-bilancio"}
                  },
                  "acts": [%s]
                }
                """.formatted(calendar, APPROVED_LABEL, DEFERRED_LABEL, String.join(",\n", acts));
    }

    /** An act approved by {@code approval}, titled with its id in capitals. */
    public static String act(String id, String approval) {
        return "{\"id\": \"%s\", \"title\": \"%s\", \"approval\": %s}".formatted(id, id.toUpperCase(Locale.ROOT), approval);
    }

    /** An act approved by {@code approval} whose files are due by {@code submission}. */
    public static String act(String id, String approval, String submission) {
        return "{\"id\": \"%s\", \"title\": \"%s\", \"approval\": %s, \"submission\": {\"due\": %s, \"folder\": \"%s\"}}"
                .formatted(id, id.toUpperCase(Locale.ROOT), approval, submission, id.toUpperCase(Locale.ROOT));
    }

    /** Reads {@code json}; a test fails if it is not a valid directive. */
    public static Directive read(String json) {
        try {
            return new DirectiveReader().read(new StringReader(json), "test.json").directive();
        } catch (InvalidDirectiveException e) {
            throw new AssertionError("invalid test directive: " + e.render(Locale.ENGLISH), e);
        }
    }

    /** Event dates from alternating ids and ISO dates: {@code events("bilancio-approvato", "2023-12-20")}. */
    public static EventDates events(String... idsAndDates) {
        EventDates dates = EventDates.none();
        for (int i = 0; i < idsAndDates.length; i += 2) {
            dates = dates.with(idsAndDates[i], LocalDate.parse(idsAndDates[i + 1]));
        }
        return dates;
    }

    /** The effective date of {@code actId}'s approval under {@code events}, failing if it is pending. */
    public static LocalDate approval(Directive directive, String actId, EventDates events) {
        return Schedule.of(directive, events).approval(actId).effective()
                .orElseThrow(() -> new AssertionError(actId + " is pending"));
    }

    /** {@code ["a", "b"]} as JSON. */
    public static String list(String... items) {
        return Arrays.stream(items).collect(Collectors.joining(", ", "[", "]"));
    }
}
