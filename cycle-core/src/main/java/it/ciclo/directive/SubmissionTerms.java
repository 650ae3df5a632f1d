package it.ciclo.directive;

import it.ciclo.deadline.DeadlineRule;
import java.util.Objects;
import java.util.Optional;

/**
 * What the directive asks of the Responsabili di Settore for an act: by when they hand in their
 * files (the internal deadline), where, and how.
 *
 * @param due          the internal deadline
 * @param folder       the act's folder, relative to the root of the shared drive or repository, as
 *                     the directive writes it: {@code \} or {@code /} between folder names, possibly
 *                     behind a drive ({@code R:\}) or share ({@code \\server\share\}) prefix; see
 *                     {@code it.ciclo.layout.FolderPath} for how it is read
 * @param instructions what to do, as the directive says it; may be empty
 * @param shared       whether every Settore edits one common set of files placed directly in the act
 *                     folder (like the DUP's strategic-address files), instead of handing in files
 *                     in its own sector folder
 */
public record SubmissionTerms(DeadlineRule due, String folder, String instructions, boolean shared) {

    public SubmissionTerms {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(instructions, "instructions");
    }

    /** Terms where each Settore hands in its own files, in its own sector folder. */
    public SubmissionTerms(DeadlineRule due, String folder, String instructions) {
        this(due, folder, instructions, false);
    }

    /** The instructions, if the directive gives any. */
    public Optional<String> instructionsIfAny() {
        return instructions.isBlank() ? Optional.empty() : Optional.of(instructions);
    }
}
