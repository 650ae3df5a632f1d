package it.ciclo.format;

import java.util.List;

/**
 * An events register that cannot be used: unreadable, not JSON, not a register of Ciclo, or a
 * register of another directive. Carries every problem found, in file order. What is there is never
 * overwritten.
 */
public final class InvalidRegisterException extends InvalidFileException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problems every problem found, in file order; at least one
     */
    public InvalidRegisterException(List<Problem> problems) {
        super(problems);
    }
}
