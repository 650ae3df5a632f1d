package it.ciclo.bench;

import it.ciclo.calendar.CalendarSpec;
import it.ciclo.calendar.Roll;
import it.ciclo.deadline.DeadlineKind;
import it.ciclo.deadline.DeadlineReference;
import it.ciclo.deadline.DeadlineRule;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.EventReference;
import it.ciclo.deadline.Reference;
import it.ciclo.directive.Act;
import it.ciclo.directive.ActKind;
import it.ciclo.directive.Cycle;
import it.ciclo.directive.Directive;
import it.ciclo.directive.EventDefinition;
import it.ciclo.directive.EventKind;
import it.ciclo.directive.Issuance;
import it.ciclo.directive.ReportingPeriod;
import it.ciclo.directive.Sector;
import it.ciclo.directive.SubmissionTerms;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A large, deterministic directive for the benchmarks: {@code acts} acts over the 2024-2026 cycle.
 *
 * <p>Every rule kind appears, with every roll convention: each act's approval takes its top-level
 * kind and roll in turn ({@code i % 7}, {@code i % 4}), so all of them are covered whatever the
 * seed; what is inside composite rules, the amounts, dates and references come from a seeded
 * {@link Random}. Relative rules count from an event (mostly known ones) or from the approval or
 * internal deadline of one of the few acts just before, so references form long chains, as in a
 * real directive where the PEG follows the budget and the PIAO follows the PEG. Only earlier acts
 * are referred to, so there is never a circle. Most acts have an internal deadline, usually some
 * working days before their own approval.
 *
 * <p>Events: the directive records the rendiconto's approval; {@link #knownEvents()} adds the
 * budget's approval and the Nucleo's appointment; the budget deferral, the assestamento and the
 * Consiglio's session stay unknown, so conditional rules take their {@code else} branch and a few
 * deadlines are pending.
 */
public final class DirectiveGenerator {

    /** The seed of every benchmark directive. */
    public static final long SEED = 20240131L;

    private static final LocalDate CYCLE_START = LocalDate.of(2024, 1, 1);
    private static final int CYCLE_DAYS = 3 * 365;

    /** Events known when the schedule is evaluated, and those still unknown. */
    private static final List<String> KNOWN = List.of("bilancio-approvato", "rendiconto-approvato", "nomina-nucleo");
    private static final List<String> UNKNOWN = List.of("bilancio-differito", "assestamento-approvato", "seduta-consiglio");

    private static final Roll[] ROLLS = Roll.values();

    private final Random random;
    private final List<Act> acts = new ArrayList<>();

    private DirectiveGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A directive of {@code acts} acts, the same for the same arguments. */
    public static Directive generate(int acts, long seed) {
        return new DirectiveGenerator(seed).directive(acts);
    }

    /** The events the benchmarks pass to {@code Schedule.of}, on top of those the directive records. */
    public static EventDates knownEvents() {
        return EventDates.none()
                .with("bilancio-approvato", LocalDate.of(2023, 12, 20))
                .with("nomina-nucleo", LocalDate.of(2024, 3, 4));
    }

    private Directive directive(int count) {
        Map<String, EventDefinition> events = new LinkedHashMap<>();
        event(events, "bilancio-approvato", "l'approvazione del bilancio di previsione", EventKind.BUDGET_APPROVED, null);
        event(events, "bilancio-differito", "il differimento del termine per il bilancio", EventKind.BUDGET_DEADLINE_DEFERRED, null);
        event(events, "rendiconto-approvato", "l'approvazione del rendiconto", null, LocalDate.of(2024, 4, 29));
        event(events, "assestamento-approvato", "l'approvazione dell'assestamento", null, null);
        event(events, "nomina-nucleo", "la nomina del Nucleo di valutazione", null, null);
        event(events, "seduta-consiglio", "la seduta del Consiglio comunale", null, null);

        List<Sector> sectors = List.of(
                new Sector("affari-generali", "Settore Affari Generali", "Affari Generali"),
                new Sector("servizi-finanziari", "Settore Servizi Finanziari", "Servizi Finanziari"),
                new Sector("lavori-pubblici", "Settore Lavori Pubblici", "Lavori Pubblici"),
                new Sector("servizi-persona", "Settore Servizi alla Persona", "Servizi alla Persona"));

        CalendarSpec calendar = new CalendarSpec(CalendarSpec.ITALY, Optional.of(MonthDay.of(6, 24)),
                List.of(LocalDate.of(2024, 4, 26), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 12, 24),
                        LocalDate.of(2026, 12, 24)));

        for (int i = 0; i < count; i++) {
            acts.add(act(i));
        }
        return new Directive("direttiva-benchmark", "Ciclo di programmazione 2024 - 2026 (" + count + " atti)",
                new Issuance(LocalDate.of(2023, 9, 20), "Il Segretario Generale", "99"),
                Cycle.of(2024, 2026), calendar, events, sectors, acts);
    }

    private static void event(Map<String, EventDefinition> events, String id, String label, EventKind kind, LocalDate on) {
        events.put(id, new EventDefinition(id, label, Optional.ofNullable(kind), Optional.ofNullable(on)));
    }

    private Act act(int i) {
        String id = "atto-" + (i + 1);
        // The first acts are the cycle's statutory ones, one of each kind; the rest are "altro".
        ActKind kind = i < ActKind.values().length - 1 ? ActKind.values()[i] : ActKind.OTHER;
        DeadlineRule approval = topLevel(i);
        Optional<SubmissionTerms> submission = i % 5 == 4 ? Optional.empty()
                : Optional.of(new SubmissionTerms(submissionRule(id), "Programmazione/" + id,
                        "Aggiornare le schede dell'atto " + (i + 1) + "."));
        Optional<ReportingPeriod> reports = kind.jsonName().startsWith("report") || kind == ActKind.PERFORMANCE_REPORT
                ? Optional.of(new ReportingPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                : Optional.empty();
        return new Act(id, kind, "Atto n. " + (i + 1) + " del ciclo 2024-2026", "Testo dell'atto " + (i + 1) + ".",
                approval, submission, reports);
    }

    /** Approval rules cycle through the seven rule kinds and the four roll conventions. */
    private DeadlineRule topLevel(int i) {
        return rule(i % 7, 0, i).rolled(ROLLS[i % ROLLS.length]);
    }

    private DeadlineRule rule(int kind, int depth, int act) {
        return switch (kind) {
            case 0 -> DeadlineRule.on(someDate());
            case 1 -> DeadlineRule.daysAfter(5 + random.nextInt(56), reference(act));
            case 2 -> DeadlineRule.workingDaysAfter(1 + random.nextInt(20), reference(act));
            case 3 -> DeadlineRule.workingDaysBefore(1 + random.nextInt(20), reference(act));
            case 4 -> DeadlineRule.latest(List.of(nested(depth, act), nested(depth, act), nested(depth, act)));
            case 5 -> DeadlineRule.earliest(List.of(nested(depth, act), nested(depth, act)));
            default -> DeadlineRule.ifEvent(pick(random.nextInt(3) == 0 ? KNOWN : UNKNOWN),
                    nested(depth, act), nested(depth, act));
        };
    }

    /** A rule inside a composite: two levels of composites at most, with a random roll. */
    private DeadlineRule nested(int depth, int act) {
        int kind = random.nextInt(depth < 1 ? 7 : 4);
        return rule(kind, depth + 1, act).rolled(ROLLS[random.nextInt(ROLLS.length)]);
    }

    /** Usually 10-20 working days before the act's own approval; sometimes a date, or the earlier of both. */
    private DeadlineRule submissionRule(String actId) {
        Reference approval = new DeadlineReference(actId, DeadlineKind.APPROVAL);
        DeadlineRule before = DeadlineRule.workingDaysBefore(10 + random.nextInt(11), approval);
        return switch (random.nextInt(4)) {
            case 0 -> DeadlineRule.on(someDate()).rolled(Roll.PREVIOUS_WORKING_DAY);
            case 1 -> DeadlineRule.earliest(List.of(before, DeadlineRule.on(someDate())));
            default -> before;
        };
    }

    /**
     * What a relative rule of act {@code act} counts from: for the first act or one time in five an
     * event (unknown one time in eight), otherwise the approval or internal deadline of one of the
     * five acts before.
     */
    private Reference reference(int act) {
        if (act == 0 || random.nextInt(5) == 0) {
            return new EventReference(pick(random.nextInt(8) == 0 ? UNKNOWN : KNOWN));
        }
        Act target = acts.get(Math.max(0, act - 1 - random.nextInt(5)));
        DeadlineKind kind = target.submission().isPresent() && random.nextBoolean()
                ? DeadlineKind.SUBMISSION : DeadlineKind.APPROVAL;
        return new DeadlineReference(target.id(), kind);
    }

    private LocalDate someDate() {
        return CYCLE_START.plusDays(random.nextInt(CYCLE_DAYS));
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}
