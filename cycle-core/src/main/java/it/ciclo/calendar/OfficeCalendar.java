package it.ciclo.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Comune's calendar: which days are national holidays, which are office working days, and how
 * to count working days. Immutable and thread-safe.
 *
 * <p>Working days are Monday to Friday, less national holidays, the patron saint's day and the
 * declared closures. Counting follows the civil rule that the first day is not counted (c.p.c.
 * art. 155 c.1): one working day after a Friday is the next Monday.
 */
public final class OfficeCalendar {

    private final CalendarSpec spec;
    private final NationalHolidays national;
    private final Set<LocalDate> closures;
    private final Map<Integer, int[]> closedWeekdays = new ConcurrentHashMap<>();

    private OfficeCalendar(CalendarSpec spec, NationalHolidays national) {
        this.spec = spec;
        this.national = national;
        this.closures = Set.copyOf(spec.closures());
    }

    /**
     * The calendar a directive describes, with Italy's national holidays.
     *
     * @param spec what the directive says of the Comune's calendar
     * @return the calendar a directive describes, with Italy's national holidays
     */
    public static OfficeCalendar of(CalendarSpec spec) {
        return new OfficeCalendar(Objects.requireNonNull(spec, "spec"), NationalHolidays.italy());
    }

    /**
     * The calendar a directive describes, with the given national holidays (for tests and other sources).
     *
     * @param spec what the directive says of the Comune's calendar
     * @param national the national holidays
     * @return the calendar a directive describes, with the given national holidays (for tests and other sources)
     */
    public static OfficeCalendar of(CalendarSpec spec, NationalHolidays national) {
        return new OfficeCalendar(Objects.requireNonNull(spec, "spec"), Objects.requireNonNull(national, "national"));
    }

    /** {@return Italy's national holidays, no patron saint, no closures} */
    public static OfficeCalendar italy() {
        return of(CalendarSpec.italy());
    }

    /** {@return what the directive says of the Comune's calendar} */
    public CalendarSpec spec() {
        return spec;
    }

    /**
     * What kind of day {@code date} is; see {@link DayKind} for the precedence.
     *
     * @param date the day
     * @return what kind of day {@code date} is; see {@link DayKind} for the precedence
     */
    public DayKind kindOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (national.isHoliday(date)) {
            return DayKind.NATIONAL_HOLIDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SUNDAY) {
            return DayKind.SUNDAY;
        }
        if (spec.patronSaint().map(p -> p.equals(MonthDay.from(date))).orElse(false)) {
            return DayKind.PATRON_SAINT;
        }
        if (closures.contains(date)) {
            return DayKind.CLOSURE;
        }
        return dow == DayOfWeek.SATURDAY ? DayKind.SATURDAY : DayKind.WORKING_DAY;
    }

    /**
     * Whether {@code date} is a Sunday or a national holiday (the days c.p.c. art. 155 c.4 skips), or
     * the patron saint's day where it is a holiday by law ({@link CalendarSpec#patronSaintLegalHoliday}).
     *
     * @param date the day
     * @return whether {@code date} is a Sunday or a national holiday (the days c.p.c. art. 155 c.4 skips), or the
     *         patron saint's day where it is a holiday by law ({@link CalendarSpec#patronSaintLegalHoliday})
     */
    public boolean isLegalHoliday(LocalDate date) {
        DayKind kind = kindOf(date);
        return kind.isLegalHoliday() || kind == DayKind.PATRON_SAINT && spec.patronSaintLegalHoliday();
    }

    /**
     * Whether the offices work on {@code date}.
     *
     * @param date the day
     * @return whether the offices work on {@code date}
     */
    public boolean isWorkingDay(LocalDate date) {
        return kindOf(date).isWorkingDay();
    }

    /**
     * The national holiday's name on {@code date}, in {@code locale}'s language, if it is one.
     *
     * @param date the day
     * @param locale the language: English for an English locale, Italian otherwise
     * @return the national holiday's name on {@code date}, in {@code locale}'s language, if it is one
     */
    public Optional<String> holidayName(LocalDate date, Locale locale) {
        return national.name(date, locale);
    }

    /**
     * The {@code n}-th working day after {@code from}, {@code from} itself not counted.
     *
     * @param from the day counted from, not counted
     * @param n at least 1
     * @return the {@code n}-th working day after {@code from}, {@code from} itself not counted
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        return stepWorkingDays(from, n, 1);
    }

    /**
     * The {@code n}-th working day before {@code from}, {@code from} itself not counted.
     *
     * @param from the day counted from, not counted
     * @param n at least 1
     * @return the {@code n}-th working day before {@code from}, {@code from} itself not counted
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public LocalDate minusWorkingDays(LocalDate from, int n) {
        return stepWorkingDays(from, n, -1);
    }

    /**
     * The number of working days in the half-open range ({@code from}, {@code to}]: how many
     * working days someone has between receiving a thing on {@code from} and acting on {@code to}.
     * Negative when {@code to} is before {@code from}; zero when they are the same day. Counted a
     * year at a time (weekdays by arithmetic, less the year's holidays, patron saint and closures
     * that fall on one), not a day at a time, so that a span of centuries costs what a few years do.
     *
     * @param from the day counted from, not counted
     * @param to the last day, included
     * @return the number of working days in the half-open range ({@code from}, {@code to}]: how many working days
     *         someone has between receiving a thing on {@code from} and acting on {@code to}
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        return (int) workingDaysIn(from.plusDays(1), to);
    }

    /** The working days in [{@code first}, {@code last}], both included; 0 if {@code last} is before {@code first}. */
    private long workingDaysIn(LocalDate first, LocalDate last) {
        long count = 0;
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            LocalDate a = year == first.getYear() ? first : LocalDate.of(year, 1, 1);
            LocalDate b = year == last.getYear() ? last : LocalDate.of(year, 12, 31);
            if (b.isBefore(a)) {
                continue;
            }
            int[] closed = closedWeekdays(year);
            int from = a.getDayOfYear();
            int to = b.getDayOfYear();
            count += weekdays(a, b) - (upperBound(closed, to) - upperBound(closed, from - 1));
        }
        return count;
    }

    /** Mondays to Fridays in [{@code a}, {@code b}], both included. */
    private static long weekdays(LocalDate a, LocalDate b) {
        long days = b.toEpochDay() - a.toEpochDay() + 1;
        long count = days / 7 * 5;
        DayOfWeek dow = a.getDayOfWeek();
        for (long i = 0; i < days % 7; i++) {
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                count++;
            }
            dow = dow.plus(1);
        }
        return count;
    }

    /** How many of the sorted {@code values} are at most {@code limit}. */
    private static int upperBound(int[] values, int limit) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The days of {@code year}, Monday to Friday, on which the offices are closed (national holidays,
     * the patron saint, closures), as sorted days of the year; each year computed once.
     */
    private int[] closedWeekdays(int year) {
        return closedWeekdays.computeIfAbsent(year, y -> {
            Set<LocalDate> closed = new java.util.TreeSet<>(national.inYear(y));
            spec.patronSaint().filter(p -> p.isValidYear(y)).ifPresent(p -> closed.add(p.atYear(y)));
            closures.stream().filter(c -> c.getYear() == y).forEach(closed::add);
            return closed.stream()
                    .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                    .mapToInt(LocalDate::getDayOfYear).sorted().distinct().toArray();
        });
    }

    /**
     * The {@code n}-th working day from {@code from} in the direction of {@code step}, {@code from}
     * not counted: whole weeks are skipped while many days are left (their working days counted a
     * year at a time), then days are stepped one by one.
     */
    private LocalDate stepWorkingDays(LocalDate from, int n, int step) {
        Objects.requireNonNull(from, "from");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate d = from;
        int left = n;
        while (left > 5) {
            // k whole weeks hold at most 5k working days: fewer than are left, so the jump never overshoots.
            long jump = (long) ((left - 1) / 5) * 7;
            LocalDate next = d.plusDays(step * jump);
            long found = step > 0 ? workingDaysIn(d.plusDays(1), next) : workingDaysIn(next, d.minusDays(1));
            left -= (int) found;
            d = next;
        }
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public String toString() {
        return "OfficeCalendar" + spec;
    }
}
