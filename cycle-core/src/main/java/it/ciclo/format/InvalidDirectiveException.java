package it.ciclo.format;

import java.util.List;

/**
 * A directive file that cannot be used: unreadable, not JSON, or JSON that is not a valid
 * directive. Carries every problem found, in file order.
 */
public final class InvalidDirectiveException extends InvalidFileException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problems every problem found, in file order; at least one
     */
    public InvalidDirectiveException(List<Problem> problems) {
        super(problems);
    }
}
