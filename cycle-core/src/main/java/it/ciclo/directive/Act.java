package it.ciclo.directive;

import it.ciclo.deadline.DeadlineRule;
import java.util.Objects;
import java.util.Optional;

/**
 * An act the Giunta must approve (a deliberation), with its approval deadline and what the
 * Settori must hand in for it.
 *
 * @param id         the identifier rules refer to ({@code peg}, {@code piao}, ...)
 * @param kind       which act of the cycle it is in law, or {@link ActKind#OTHER}
 * @param title      the title as the directive writes it
 * @param text       the directive's paragraph about the act, as written; may be empty
 * @param approval   when the Giunta must approve it
 * @param submission what the Settori hand in, by when and where; empty if they hand in nothing
 * @param reports    for a report, the period it accounts for
 */
public record Act(String id, ActKind kind, String title, String text, DeadlineRule approval,
        Optional<SubmissionTerms> submission, Optional<ReportingPeriod> reports) {

    /**
     * Validates the components, each as described above.
     *
     * @param id the identifier rules refer to ({@code peg}, {@code piao}, ...)
     * @param kind which act of the cycle it is in law, or {@link ActKind#OTHER}
     * @param title the title as the directive writes it
     * @param text the directive's paragraph about the act, as written; may be empty
     * @param approval when the Giunta must approve it
     * @param submission what the Settori hand in, by when and where; empty if they hand in nothing
     * @param reports for a report, the period it accounts for
     */
    public Act {
        Ids.require(id, "act id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(reports, "reports");
    }
}
