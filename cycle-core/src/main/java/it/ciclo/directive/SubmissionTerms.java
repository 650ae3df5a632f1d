package it.ciclo.directive;

import it.ciclo.deadline.DeadlineRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the directive asks of the Responsabili di Settore for an act: by when they hand in their
 * files (the internal deadline), where, how, from when, and which of them.
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
 * @param opens        the first day on which a file counts as handed in for this act; empty for the
 *                     default, the day after the directive was issued (a file last changed before
 *                     is from an earlier cycle, or the office's template)
 * @param sectors      the ids of the Settori that owe files for this act, in the order written; empty
 *                     when every Settore of the directive owes them. A shared act names none.
 */
public record SubmissionTerms(DeadlineRule due, String folder, String instructions, boolean shared,
        Optional<LocalDate> opens, List<String> sectors) {

    /**
     * Validates the components, each as described above.
     *
     * @param due the internal deadline
     * @param folder the act's folder, relative to the root of the shared drive or repository, as the directive writes
     *               it: {@code \} or {@code /} between folder names, possibly behind a drive ({@code R:\}) or share
     *               ({@code \\server\share\}) prefix; see {@code it.ciclo.layout.FolderPath} for how it is read
     * @param instructions what to do, as the directive says it; may be empty
     * @param shared whether every Settore edits one common set of files placed directly in the act folder (like the
     *               DUP's strategic-address files), instead of handing in files in its own sector folder
     * @param opens the first day on which a file counts as handed in for this act; empty for the default, the day
     *              after the directive was issued (a file last changed before is from an earlier cycle, or the
     *              office's template)
     * @param sectors the ids of the Settori that owe files for this act, in the order written; empty when every
     *                Settore of the directive owes them. A shared act names none.
     */
    public SubmissionTerms {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(opens, "opens");
        sectors = List.copyOf(Objects.requireNonNull(sectors, "sectors"));
        if (shared && !sectors.isEmpty()) {
            throw new IllegalArgumentException("a shared act has no sector folders, so it names no sectors: " + sectors);
        }
        if (sectors.stream().distinct().count() != sectors.size()) {
            throw new IllegalArgumentException("a sector is named twice: " + sectors);
        }
    }

    /**
     * Terms open from the day after the directive, owed by every Settore.
     *
     * @param due the internal deadline
     * @param folder the act's folder, relative to the root of the shared drive or repository, as the directive writes
     *               it: {@code \} or {@code /} between folder names, possibly behind a drive ({@code R:\}) or share
     *               ({@code \\server\share\}) prefix; see {@code it.ciclo.layout.FolderPath} for how it is read
     * @param instructions what to do, as the directive says it; may be empty
     * @param shared whether every Settore edits one common set of files placed directly in the act folder (like the
     *               DUP's strategic-address files), instead of handing in files in its own sector folder
     */
    public SubmissionTerms(DeadlineRule due, String folder, String instructions, boolean shared) {
        this(due, folder, instructions, shared, Optional.empty(), List.of());
    }

    /**
     * Terms where each Settore hands in its own files, in its own sector folder.
     *
     * @param due the internal deadline
     * @param folder the act's folder, relative to the root of the shared drive or repository, as the directive writes
     *               it: {@code \} or {@code /} between folder names, possibly behind a drive ({@code R:\}) or share
     *               ({@code \\server\share\}) prefix; see {@code it.ciclo.layout.FolderPath} for how it is read
     * @param instructions what to do, as the directive says it; may be empty
     */
    public SubmissionTerms(DeadlineRule due, String folder, String instructions) {
        this(due, folder, instructions, false);
    }

    /** {@return the instructions, if the directive gives any} */
    public Optional<String> instructionsIfAny() {
        return instructions.isBlank() ? Optional.empty() : Optional.of(instructions);
    }

    /**
     * Where {@code sector} hands in, as the directive writes it, for people to read: the act's folder
     * with the Settore's folder after it, separated as the directive separates ({@code \} or {@code /}).
     *
     * @param sector the Settore
     * @return the act's folder and the Settore's, as the directive writes folders
     */
    public String folderFor(Sector sector) {
        String separator = folder.contains("\\") ? "\\" : "/";
        return folder.endsWith(separator) ? folder + sector.folder() : folder + separator + sector.folder();
    }

    /**
     * Whether Settore {@code sectorId} owes files for the act.
     *
     * @param sectorId the Settore's identifier
     * @return whether Settore {@code sectorId} owes files for the act
     */
    public boolean owedBy(String sectorId) {
        return !shared && (sectors.isEmpty() || sectors.contains(sectorId));
    }
}
