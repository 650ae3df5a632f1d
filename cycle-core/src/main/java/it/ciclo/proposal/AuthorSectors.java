package it.ciclo.proposal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Settore each author of a shared file belongs to, as the directive maps them: the names
 * Word and LibreOffice record for revisions and comments ("Mario Rossi", "mrossi"), matched
 * ignoring case, accents written either way and extra spaces. Immutable.
 */
public final class AuthorSectors {

    private final Map<String, String> written;
    private final Map<String, String> byKey = new LinkedHashMap<>();

    private AuthorSectors(Map<String, String> authorToSector) {
        this.written = Map.copyOf(authorToSector);
        authorToSector.forEach((author, sector) -> byKey.put(key(author), sector));
    }

    /** {@return a mapping with nobody mapped: no passage is attributed by its author} */
    public static AuthorSectors none() {
        return new AuthorSectors(Map.of());
    }

    /**
     * The mapping {@code authorToSector} (author as recorded → sector id).
     *
     * @param authorToSector each author's name, as Word or LibreOffice records it, to the id of the Settore
     * @return the mapping {@code authorToSector}
     * @throws IllegalArgumentException if two authors differ only in case or spacing but map to different sectors
     */
    public static AuthorSectors of(Map<String, String> authorToSector) {
        Objects.requireNonNull(authorToSector, "authorToSector");
        Map<String, String> seen = new LinkedHashMap<>();
        authorToSector.forEach((author, sector) -> {
            String before = seen.putIfAbsent(key(author), sector);
            if (before != null && !before.equals(sector)) {
                throw new IllegalArgumentException("author \"" + author + "\" is mapped to two sectors: " + before + ", " + sector);
            }
        });
        return new AuthorSectors(authorToSector);
    }

    /**
     * The sector id of {@code author}, if mapped, matched ignoring case, accents written either way and
     * extra spaces.
     *
     * @param author the author's name, as the file records it
     * @return the id of the Settore {@code author} belongs to; empty if the directive does not map it
     */
    public Optional<String> sectorOf(String author) {
        return Optional.ofNullable(byKey.get(key(author)));
    }

    /** {@return the mapping as the directive writes it} */
    public Map<String, String> asMap() {
        return written;
    }

    static String key(String author) {
        return Normalizer.normalize(author, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
