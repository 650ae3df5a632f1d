package it.ciclo.scheda;

import it.ciclo.objective.ObjectiveKey;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The scheda the Ufficio Programmazione hands out, as the directive describes it: which sheet, which
 * row holds the column headers, and the header of each column Ciclo reads. Headers are matched
 * ignoring case, accents written either way, spacing and punctuation ("Fonte dei dati" matches
 * "FONTE DEI DATI:"), so that the order of the columns does not matter.
 *
 * @param sheet     the sheet's name; empty for the first sheet
 * @param headerRow the row of the headers, 1-based
 * @param headers   the header of each column read; {@link SchedaColumn#required()} ones must be there
 */
public record SchedaTemplate(Optional<String> sheet, int headerRow, Map<SchedaColumn, String> headers) {

    /**
     * Validates the components, each as described above.
     *
     * @param sheet the sheet's name; empty for the first sheet
     * @param headerRow the row of the headers, 1-based
     * @param headers the header of each column read; {@link SchedaColumn#required()} ones must be there
     * @throws IllegalArgumentException if the header row is below 1, a required column is not named, or a
     *                                  header is blank or repeats another (as compared)
     */
    public SchedaTemplate {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(headers, "headers");
        if (headerRow < 1) {
            throw new IllegalArgumentException("headerRow is 1-based: " + headerRow);
        }
        EnumMap<SchedaColumn, String> copy = new EnumMap<>(SchedaColumn.class);
        copy.putAll(headers);
        headers = Collections.unmodifiableMap(copy);
        Set<String> seen = new HashSet<>();
        for (SchedaColumn c : SchedaColumn.values()) {
            String header = headers.get(c);
            if (header == null) {
                if (c.required()) {
                    throw new IllegalArgumentException("the scheda template must name the column " + c.jsonName());
                }
            } else if (ObjectiveKey.reduce(header).isEmpty() || !seen.add(ObjectiveKey.reduce(header))) {
                throw new IllegalArgumentException("blank or repeated header for " + c.jsonName() + ": \"" + header + "\"");
            }
        }
    }

    /**
     * Whether the template names {@code column}.
     *
     * @param column a column of the scheda
     * @return whether the template gives a header for {@code column}
     */
    public boolean has(SchedaColumn column) {
        return headers.containsKey(column);
    }
}
