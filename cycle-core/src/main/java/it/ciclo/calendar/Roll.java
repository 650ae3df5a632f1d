package it.ciclo.calendar;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What to do when a deadline falls on a day it may not fall on. The JSON name of each convention
 * is {@link #jsonName()}.
 */
public enum Roll implements Localizable {
    /** Keep the date as computed, whatever day it is. */
    NONE("none"),
    /**
     * Move past Sundays and national holidays (c.p.c. art. 155 c.4, applied generally by case law).
     * Saturday is an ordinary day here: the Saturday extension of c.p.c. art. 155 c.5 covers court
     * filings only.
     */
    NEXT_NON_HOLIDAY("next-non-holiday"),
    /** Move forward to the next office working day (past Saturdays, the patron saint and closures too). */
    NEXT_WORKING_DAY("next-working-day"),
    /** Move back to the previous office working day: the convention for dates counted backwards. */
    PREVIOUS_WORKING_DAY("previous-working-day");

    private final String jsonName;

    Roll(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the name used in the directive format} */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The convention named {@code name} in the directive format, or null if there is none.
     *
     * @param name the name
     * @return the convention named {@code name} in the directive format, or null if there is none
     */
    public static Roll fromJsonName(String name) {
        for (Roll r : values()) {
            if (r.jsonName.equals(name)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether this convention lets a deadline stay on {@code date}.
     *
     * @param date the day
     * @param calendar the office's calendar
     * @return whether this convention lets a deadline stay on {@code date}
     */
    public boolean accepts(LocalDate date, OfficeCalendar calendar) {
        return switch (this) {
            case NONE -> true;
            case NEXT_NON_HOLIDAY -> !calendar.isLegalHoliday(date);
            case NEXT_WORKING_DAY, PREVIOUS_WORKING_DAY -> calendar.isWorkingDay(date);
        };
    }

    /**
     * The date a deadline computed as {@code date} actually falls on.
     *
     * @param date the day
     * @param calendar the office's calendar
     * @return {@code date} itself when the convention accepts it, otherwise the nearest accepted
     *         day in the convention's direction
     */
    public LocalDate apply(LocalDate date, OfficeCalendar calendar) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(calendar, "calendar");
        int step = this == PREVIOUS_WORKING_DAY ? -1 : 1;
        LocalDate d = date;
        while (!accepts(d, calendar)) {
            d = d.plusDays(step);
        }
        return d;
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("roll." + jsonName).render(locale);
    }
}
