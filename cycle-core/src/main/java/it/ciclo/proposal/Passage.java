package it.ciclo.proposal;

import java.util.Objects;
import java.util.Optional;

/**
 * A proposal as found in one file, before it is placed in a Settore: consecutive marked runs of one
 * kind and one author, merged across run boundaries and across consecutive paragraphs of the same
 * place (paragraphs joined by a line break).
 *
 * @param kind         red text, tracked insertion or tracked deletion
 * @param text         the text, spaces collapsed, trimmed
 * @param author       who wrote it, as the file records it (revision, formatting change or comment author)
 * @param authorSource where the author comes from ({@link Attribution#NONE} when there is none)
 * @param context      where it stands
 */
public record Passage(ProposalKind kind, String text, Optional<String> author, Attribution authorSource,
        ProposalContext context) {

    /**
     * Validates the components, each as described above.
     *
     * @param kind red text, tracked insertion or tracked deletion
     * @param text the text, spaces collapsed, trimmed
     * @param author who wrote it, as the file records it (revision, formatting change or comment author)
     * @param authorSource where the author comes from ({@link Attribution#NONE} when there is none)
     * @param context where it stands
     * @throws IllegalArgumentException if the text is blank, or an author comes without where it was found
     *                                  (or the other way round), or {@code authorSource} is
     *                                  {@link Attribution#FOLDER}
     */
    public Passage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorSource, "authorSource");
        Objects.requireNonNull(context, "context");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a passage has text");
        }
        if (author.isPresent() == (authorSource == Attribution.NONE) || authorSource == Attribution.FOLDER) {
            throw new IllegalArgumentException("an author comes with where it was found, and only then: " + author + ", " + authorSource);
        }
    }

    /**
     * This passage with {@code text} instead.
     *
     * @param text the new text, not blank
     * @return this passage with {@code text} instead
     */
    public Passage withText(String text) {
        return new Passage(kind, text, author, authorSource, context);
    }
}
