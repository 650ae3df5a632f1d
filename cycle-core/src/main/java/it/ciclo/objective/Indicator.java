package it.ciclo.objective;

import java.util.Objects;

/**
 * An indicator of a PIAO action, with its values as the scheda writes them (text, since a baseline
 * may be "12", "12%", "nessuno" or "31/12/2024"). An absent value is the empty string.
 *
 * @param name           what is measured
 * @param baseline       the value at the start
 * @param target         the expected result
 * @param source         where the value comes from (the source of the information)
 * @param result         the result achieved (interim and final reports)
 * @param gapExplanation why the result differs from the target (final report)
 */
public record Indicator(String name, String baseline, String target, String source, String result,
        String gapExplanation) {

    /**
     * Validates the components, each as described above.
     *
     * @param name what is measured
     * @param baseline the value at the start
     * @param target the expected result
     * @param source where the value comes from (the source of the information)
     * @param result the result achieved (interim and final reports)
     * @param gapExplanation why the result differs from the target (final report)
     */
    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(gapExplanation, "gapExplanation");
    }
}
