package it.ciclo.directive;

/**
 * The years a planning cycle covers, both included: usually a triennium such as 2024-2026.
 *
 * @param firstYear the first year of the cycle
 * @param lastYear  the last year, not before {@code firstYear}
 */
public record Cycle(int firstYear, int lastYear) {

    /**
     * Validates the components, each as described above.
     *
     * @param firstYear the first year of the cycle
     * @param lastYear the last year, not before {@code firstYear}
     */
    public Cycle {
        if (firstYear < 1900 || lastYear > 2999) {
            throw new IllegalArgumentException("cycle years must lie between 1900 and 2999: " + firstYear + "-" + lastYear);
        }
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
        }
    }

    /**
     * The cycle starting in {@code firstYear} and ending in {@code lastYear}.
     *
     * @param firstYear the first year of the cycle
     * @param lastYear the last year, not before {@code firstYear}
     * @return the cycle starting in {@code firstYear} and ending in {@code lastYear}
     */
    public static Cycle of(int firstYear, int lastYear) {
        return new Cycle(firstYear, lastYear);
    }

    /**
     * Whether {@code year} lies in the cycle.
     *
     * @param year the year
     * @return whether {@code year} lies in the cycle
     */
    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /**
     * The label people write, e.g. {@code 2024-2026}.
     *
     * @return the label people write, e.g
     */
    public String label() {
        return firstYear + "-" + lastYear;
    }

    @Override
    public String toString() {
        return label();
    }
}
