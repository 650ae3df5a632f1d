package it.ciclo.format;

import it.ciclo.i18n.Message;
import java.util.Objects;

/** A date written in a form Ciclo does not read, or naming a day that does not exist or lies outside its years. */
public final class InvalidDateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    /**
     * @param reason why, in words the user can act on
     */
    public InvalidDateException(Message reason) {
        super(null, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Why the date is refused.
     *
     * @return the reason, to render in the user's language
     */
    public Message reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason.render(Message.ITALIAN);
    }
}
