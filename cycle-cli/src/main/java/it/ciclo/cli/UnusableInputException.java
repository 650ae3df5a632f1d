package it.ciclo.cli;

/** Input the command cannot work with; the message says where and what, already in the user's language. */
final class UnusableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    UnusableInputException(String message) {
        super(message, null, false, false);
    }
}
