package it.ciclo.directive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who issued a directive, when, and under which number.
 *
 * @param on     the date of issue; no deadline of the directive should precede it
 * @param by     the issuer as written (e.g. "Il Segretario Generale")
 * @param number the directive's number as written (e.g. "4"); may be empty
 */
public record Issuance(LocalDate on, String by, String number) {

    /**
     * Validates the components, each as described above.
     *
     * @param on the date of issue; no deadline of the directive should precede it
     * @param by the issuer as written (e.g. "Il Segretario Generale")
     * @param number the directive's number as written (e.g. "4"); may be empty
     */
    public Issuance {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(number, "number");
    }
}
