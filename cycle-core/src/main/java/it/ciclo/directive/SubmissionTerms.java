package it.ciclo.directive;

import it.ciclo.deadline.DeadlineRule;
import java.util.Objects;
import java.util.Optional;

/**
 * What the directive asks of the Responsabili di Settore for an act: by when they hand in their
 * files (the internal deadline), where, and how.
 *
 * @param due          the internal deadline
 * @param folder       the act's folder, relative to the root of the shared drive or repository,
 *                     with {@code /} between folder names
 * @param instructions what to do, as the directive says it; may be empty
 */
public record SubmissionTerms(DeadlineRule due, String folder, String instructions) {

    public SubmissionTerms {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(instructions, "instructions");
    }

    /** The instructions, if the directive gives any. */
    public Optional<String> instructionsIfAny() {
        return instructions.isBlank() ? Optional.empty() : Optional.of(instructions);
    }
}
