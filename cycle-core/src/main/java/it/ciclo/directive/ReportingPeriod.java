package it.ciclo.directive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a report accounts for, both ends included.
 *
 * @param from the first day reported on
 * @param to   the last day reported on, not before {@code from}
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    /**
     * Validates the components, each as described above.
     *
     * @param from the first day reported on
     * @param to the last day reported on, not before {@code from}
     */
    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("reporting period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * Whether {@code year} overlaps the period.
     *
     * @param year the year
     * @return whether {@code year} overlaps the period
     */
    public boolean touchesYear(int year) {
        return from.getYear() <= year && year <= to.getYear();
    }
}
