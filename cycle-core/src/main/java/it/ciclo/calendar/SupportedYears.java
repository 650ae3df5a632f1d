package it.ciclo.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The years Ciclo computes deadlines in: 1900 to 2999, both included. Every date a directive, an
 * events register or the command line writes must lie in them, and so must every deadline computed
 * from those dates; anything else is refused with a message rather than carried through the
 * calendar (whose holiday rules need a year after 1 AD, and whose arithmetic over millennia would
 * only be slow for nothing). A planning cycle is written for a few years around today, so the range
 * is wide for people and narrow enough to keep every computation short.
 */
public final class SupportedYears {

    /** The first year Ciclo computes with. */
    public static final int FIRST = 1900;
    /** The last year Ciclo computes with. */
    public static final int LAST = 2999;

    private SupportedYears() {
    }

    /**
     * Whether {@code year} is one Ciclo computes with.
     *
     * @param year a year of the Gregorian calendar
     * @return true if it lies between {@link #FIRST} and {@link #LAST}
     */
    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }

    /**
     * Whether {@code date} falls in a year Ciclo computes with.
     *
     * @param date a day
     * @return true if its year lies between {@link #FIRST} and {@link #LAST}
     */
    public static boolean contains(LocalDate date) {
        return contains(Objects.requireNonNull(date, "date").getYear());
    }
}
