package it.ciclo.i18n;

import java.util.Objects;

/**
 * A value refused for a reason the user can act on, kept as a {@link Message} so that it is rendered
 * in the user's language where it is shown ({@link #getMessage()} is the Italian text). Cheap to
 * throw: no stack trace, since the reason, not the place in Ciclo's code, is what matters.
 */
public abstract class ReasonedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    /**
     * @param reason why the value is refused
     */
    protected ReasonedException(Message reason) {
        super(null, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Why the value is refused.
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
