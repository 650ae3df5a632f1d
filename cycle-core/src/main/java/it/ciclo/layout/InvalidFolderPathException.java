package it.ciclo.layout;

import it.ciclo.i18n.Message;
import it.ciclo.i18n.ReasonedException;

/** A folder path written in a directive that cannot be used as a path inside the store. */
public final class InvalidFolderPathException extends ReasonedException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason why the path cannot be used
     */
    public InvalidFolderPathException(Message reason) {
        super(reason);
    }
}
