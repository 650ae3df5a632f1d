package it.ciclo.format;

import it.ciclo.calendar.SupportedYears;
import it.ciclo.i18n.Message;
import it.ciclo.i18n.Quoted;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as people write it in Ciclo's files and on the command line: {@code YYYY-MM-DD}, in the
 * years Ciclo computes with ({@link SupportedYears}). Tells apart the three ways a date can be
 * wrong, since each has its own fix: not written that way at all, a day that does not exist
 * ({@code 2025-02-29}: February 2025 has 28 days), a year outside the range.
 */
public final class DateText {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DateText() {
    }

    /**
     * The day {@code text} names.
     *
     * @param text what was written
     * @return the day
     * @throws InvalidDateException saying which of the three ways it is wrong
     */
    public static LocalDate parse(String text) throws InvalidDateException {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new InvalidDateException(Message.of("format.date", Quoted.of(text)));
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new InvalidDateException(Message.of("format.date.month", text, month));
        }
        if (!SupportedYears.contains(year)) {
            throw new InvalidDateException(Message.of("format.date.year", text, m.group(1), SupportedYears.FIRST,
                    SupportedYears.LAST));
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new InvalidDateException(Message.of("format.date.day", text, ym, ym.lengthOfMonth()));
        }
        return ym.atDay(day);
    }
}
