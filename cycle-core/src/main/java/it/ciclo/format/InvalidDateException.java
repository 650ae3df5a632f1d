package it.ciclo.format;

import it.ciclo.i18n.Message;
import it.ciclo.i18n.ReasonedException;

/** A date written in a form Ciclo does not read, or naming a day that does not exist or lies outside its years. */
public final class InvalidDateException extends ReasonedException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason why, in words the user can act on
     */
    public InvalidDateException(Message reason) {
        super(reason);
    }
}
