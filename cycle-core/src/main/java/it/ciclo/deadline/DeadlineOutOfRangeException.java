package it.ciclo.deadline;

import it.ciclo.calendar.SupportedYears;
import it.ciclo.i18n.Message;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline whose computation leads outside the years Ciclo computes with ({@link SupportedYears}):
 * thousands of days counted from a date near the edge, or a chain of acts each counted from the one
 * before. The directive is refused rather than computed there.
 */
public final class DeadlineOutOfRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient DeadlineReference deadline;
    private final transient LocalDate date;
    private final transient String title;

    /**
     * @param deadline the deadline being computed
     * @param title    its act's title, for the message
     * @param date     where the computation led
     */
    public DeadlineOutOfRangeException(DeadlineReference deadline, String title, LocalDate date) {
        super(null, null);
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.title = Objects.requireNonNull(title, "title");
        this.date = Objects.requireNonNull(date, "date");
    }

    /**
     * The deadline being computed.
     *
     * @return which deadline of which act
     */
    public DeadlineReference deadline() {
        return deadline;
    }

    /**
     * Where the computation led.
     *
     * @return a day outside the supported years
     */
    public LocalDate date() {
        return date;
    }

    /**
     * What is wrong, for people.
     *
     * @return the message, to render in the user's language
     */
    public Message reason() {
        return Message.of("deadline.outOfRange", title, deadline.kind(), String.valueOf(date.getYear()), SupportedYears.FIRST,
                SupportedYears.LAST);
    }

    @Override
    public String getMessage() {
        return deadline + ": " + reason().render(Message.ITALIAN);
    }
}
