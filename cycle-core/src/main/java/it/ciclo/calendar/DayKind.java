package it.ciclo.calendar;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;

/**
 * Why a day is, or is not, an office working day. A day has exactly one kind; when several apply
 * the strongest wins, in the order declared here (a national holiday on a Sunday is a
 * {@link #NATIONAL_HOLIDAY}).
 */
public enum DayKind implements Localizable {
    /** A public holiday by national law (L. 260/1949 art. 2 and later amendments). */
    NATIONAL_HOLIDAY,
    /** Sunday: a holiday for legal counting (c.p.c. art. 155 c.4). */
    SUNDAY,
    /** The patron saint's day: offices closed, but not a holiday for legal deadlines. */
    PATRON_SAINT,
    /** A closure of the offices declared by the directive. */
    CLOSURE,
    /** Saturday: an ordinary day for legal counting, not an office working day. */
    SATURDAY,
    /** Monday to Friday, the offices open. */
    WORKING_DAY;

    /**
     * Whether c.p.c. art. 155 c.4 moves a deadline off this day (Sundays and national holidays).
     *
     * @return whether c.p.c
     */
    public boolean isLegalHoliday() {
        return this == NATIONAL_HOLIDAY || this == SUNDAY;
    }

    /** {@return whether the offices work on this day} */
    public boolean isWorkingDay() {
        return this == WORKING_DAY;
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("day." + name()).render(locale);
    }
}
