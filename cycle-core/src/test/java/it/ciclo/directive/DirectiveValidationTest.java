package it.ciclo.directive;

import static it.ciclo.deadline.Directives.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ciclo.calendar.CalendarSpec;
import it.ciclo.deadline.DeadlineReference;
import it.ciclo.deadline.DeadlineRule;
import it.ciclo.deadline.Directives;
import it.ciclo.deadline.Reference;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidDirectiveException;
import it.ciclo.format.Problem;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DirectiveValidationTest {

    private static final DeadlineRule JAN_31 = DeadlineRule.on(LocalDate.of(2024, 1, 31));

    private static DeadlineRule after(String reference) {
        return DeadlineRule.daysAfter(20, Reference.parse(reference));
    }

    private static Act act(String id, DeadlineRule approval) {
        return new Act(id, ActKind.OTHER, id.toUpperCase(Locale.ROOT), "", approval, Optional.empty(), Optional.empty());
    }

    private static Act act(String id, DeadlineRule approval, DeadlineRule submission) {
        return new Act(id, ActKind.OTHER, id.toUpperCase(Locale.ROOT), "", approval,
                Optional.of(new SubmissionTerms(submission, id, "")), Optional.empty());
    }

    private static Directive directive(Act... acts) {
        Map<String, EventDefinition> events = new LinkedHashMap<>();
        events.put("bilancio-approvato", EventDefinition.of("bilancio-approvato", "l'approvazione del bilancio"));
        return new Directive("direttiva-test", "Ciclo 2024-2026", new Issuance(LocalDate.of(2023, 9, 20), "Il Segretario", "4"),
                Cycle.of(2024, 2026), CalendarSpec.italy(), events, List.of(), List.of(acts));
    }

    private static DeadlineReference ref(String text) {
        return (DeadlineReference) Reference.parse(text);
    }

    /** Every consecutive pair of a circle is a real dependency, and it closes on itself. */
    private static void assertCircle(List<DeadlineReference> circle, String... members) {
        assertThat(circle.get(0)).isEqualTo(circle.get(circle.size() - 1));
        assertThat(circle.subList(0, circle.size() - 1)).map(Object::toString).containsExactlyInAnyOrder(members);
    }

    @Nested
    class Built {

        @Test
        void aValidDirective() {
            Directive d = directive(act("peg", after("bilancio-approvato"), after("nota-dup.approval")),
                    act("nota-dup", JAN_31), act("piao", after("peg.submission")));
            assertThat(d.act("peg")).isPresent();
            assertThat(d.act("rendiconto")).isEmpty();
        }

        @Test
        void unknownEvent() {
            assertThatThrownBy(() -> directive(act("peg", after("bilancio-rinviato"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("act \"peg\" refers to undeclared event \"bilancio-rinviato\"");
        }

        @Test
        void unknownEventInACondition() {
            assertThatThrownBy(() -> directive(act("piao", DeadlineRule.ifEvent("bilancio-differito", after("bilancio-approvato"), JAN_31))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"bilancio-differito\"");
        }

        @Test
        void unknownAct() {
            assertThatThrownBy(() -> directive(act("piao", JAN_31, DeadlineRule.workingDaysBefore(10, Reference.parse("peg.approval")))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("act \"piao\" refers to undeclared act \"peg\"");
        }

        @Test
        void submissionOfAnActWithoutOne() {
            assertThatThrownBy(() -> directive(act("peg", JAN_31), act("piao", after("peg.submission"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .isNotInstanceOf(CircularDeadlinesException.class)
                    .hasMessageContaining("\"peg.submission\"")
                    .hasMessageContaining("no internal deadline");
        }

        @Test
        void aDeadlineOnItself() {
            CircularDeadlinesException e = catchThrowableOfType(CircularDeadlinesException.class,
                    () -> directive(act("peg", after("peg.approval"))));
            assertThat(e.circle()).containsExactly(ref("peg.approval"), ref("peg.approval"));
            assertThat(e).hasMessage("deadlines depend on each other in a circle: peg.approval → peg.approval");
        }

        @Test
        void anApprovalAndItsOwnSubmission() {
            CircularDeadlinesException e = catchThrowableOfType(CircularDeadlinesException.class,
                    () -> directive(act("peg", after("peg.submission"), DeadlineRule.workingDaysBefore(5, Reference.parse("peg.approval")))));
            assertCircle(e.circle(), "peg.approval", "peg.submission");
        }

        @Test
        void aCircleThroughThreeActsInsideCompositeRules() {
            CircularDeadlinesException e = catchThrowableOfType(CircularDeadlinesException.class, () -> directive(
                    act("dup", JAN_31),
                    act("peg", DeadlineRule.latest(List.of(JAN_31, after("piao.approval")))),
                    act("piao", DeadlineRule.ifEvent("bilancio-approvato", after("report.submission"), JAN_31)),
                    act("report", after("dup.approval"), DeadlineRule.earliest(List.of(after("peg.approval"))))));
            assertCircle(e.circle(), "peg.approval", "piao.approval", "report.submission");
            // in the direction of the dependencies: peg waits for piao, piao for report, report for peg
            List<String> order = e.circle().stream().map(Object::toString).toList();
            int at = order.indexOf("peg.approval");
            assertThat(order.get(at + 1)).isEqualTo("piao.approval");
        }

        @Test
        void noCircleWhenTwoDeadlinesShareADependency() {
            Directive d = directive(act("dup", JAN_31), act("peg", after("dup.approval")),
                    act("piao", DeadlineRule.latest(List.of(after("dup.approval"), after("peg.approval")))));
            assertThat(d.acts()).hasSize(3);
        }

        @Test
        void duplicateIds() {
            assertThatThrownBy(() -> directive(act("peg", JAN_31), act("peg", JAN_31)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("duplicate act id: \"peg\"");
            assertThatThrownBy(() -> new Directive("d", "t", new Issuance(LocalDate.of(2023, 9, 20), "S", ""), Cycle.of(2024, 2026),
                    CalendarSpec.italy(), Map.of(), List.of(new Sector("ragioneria", "Ragioneria", "Ragioneria"),
                            new Sector("ragioneria", "Servizi finanziari", "Servizi finanziari")), List.of(act("peg", JAN_31))))
                    .hasMessage("duplicate sector id: \"ragioneria\"");
            assertThatThrownBy(() -> new Directive("d", "t", new Issuance(LocalDate.of(2023, 9, 20), "S", ""), Cycle.of(2024, 2026),
                    CalendarSpec.italy(), Map.of("bilancio", EventDefinition.of("bilancio-approvato", "x")), List.of(),
                    List.of(act("peg", JAN_31))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Read {

        private List<Problem> problems(String directive) {
            InvalidDirectiveException e = catchThrowableOfType(InvalidDirectiveException.class,
                    () -> new DirectiveReader().read(new StringReader(directive), "d.json"));
            assertThat(e).as("refused").isNotNull();
            return e.problems();
        }

        private List<String> italian(String directive) {
            return problems(directive).stream().map(p -> p.message().render(Locale.ITALIAN)).toList();
        }

        @Test
        void unknownEventAndAct() {
            List<Problem> found = problems(json("{}",
                    Directives.act("peg", "{\"days\": 20, \"after\": \"bilancio-rinviato\"}"),
                    Directives.act("piao", "{\"workingDays\": 5, \"after\": \"pef.approval\"}")));
            assertThat(found).extracting(p -> p.message().render(Locale.ITALIAN)).containsExactly(
                    "l'evento \"bilancio-rinviato\" non è dichiarato in $.events (dichiarati: bilancio-approvato, bilancio-differito)",
                    "l'atto \"pef\" non è dichiarato in $.acts (dichiarati: peg, piao)");
            assertThat(found.get(0).location().path()).isEqualTo("$.acts[0].approval.after");
            assertThat(found.get(1).message().render(Locale.ENGLISH))
                    .isEqualTo("act \"pef\" is not declared in $.acts (declared: peg, piao)");
        }

        @Test
        void submissionOfAnActWithoutOne() {
            assertThat(italian(json("{}", Directives.act("peg", "{\"on\": \"2024-01-31\"}"),
                    Directives.act("piao", "{\"days\": 1, \"after\": \"peg.submission\"}"))))
                    .containsExactly("l'atto \"peg\" non ha una scadenza interna (\"submission\")");
        }

        @Test
        void circle() {
            List<Problem> found = problems(json("{}",
                    Directives.act("peg", "{\"days\": 20, \"after\": \"piao.approval\"}"),
                    Directives.act("piao", "{\"days\": 30, \"after\": \"peg.approval\"}")));
            assertThat(found).hasSize(1);
            assertThat(found.get(0).message().render(Locale.ITALIAN)).isIn(
                    "le scadenze dipendono l'una dall'altra in cerchio: peg.approval → piao.approval → peg.approval",
                    "le scadenze dipendono l'una dall'altra in cerchio: piao.approval → peg.approval → piao.approval");
            assertThat(found.get(0).location().path()).matches("\\$\\.acts\\[[01]\\]\\.approval");
        }

        @Test
        void duplicateActIds() {
            List<Problem> found = problems(json("{}", Directives.act("peg", "{\"on\": \"2024-01-31\"}"), Directives.act("peg", "{\"on\": \"2024-02-29\"}")));
            assertThat(found).extracting(p -> p.message().render(Locale.ITALIAN))
                    .containsExactly("identificativo \"peg\" ripetuto (già usato in $.acts[0])");
            assertThat(found.get(0).location().path()).isEqualTo("$.acts[1]");
        }

        @Test
        void duplicateEventIds() {
            String twice = json("{}", Directives.act("peg", "{\"on\": \"2024-01-31\"}")).replace("\"bilancio-differito\": {",
                    "\"bilancio-approvato\": {");
            assertThat(italian(twice)).singleElement().asString()
                    .endsWith("la chiave \"bilancio-approvato\" è ripetuta nello stesso oggetto: lasciarne una");
        }
    }
}
