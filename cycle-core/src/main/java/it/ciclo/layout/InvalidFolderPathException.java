package it.ciclo.layout;

import it.ciclo.i18n.Message;
import java.util.Objects;

/** A folder path written in a directive that cannot be used as a path inside the store. */
public final class InvalidFolderPathException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    /**
     * @param reason why the path cannot be used
     */
    public InvalidFolderPathException(Message reason) {
        super(null, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return why, in the user's language when rendered} */
    public Message reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason.render(Message.ITALIAN);
    }
}
