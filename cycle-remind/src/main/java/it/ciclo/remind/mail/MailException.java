package it.ciclo.remind.mail;

/** A message was not accepted by the mail server; {@link #kind()} says whether others could be. */
public final class MailException extends Exception {

    /** Why a message was not accepted. */
    public enum Kind {
        /** The server could not be reached, or the connection broke: nothing more can be sent now. */
        UNREACHABLE,
        /** The server refused the user or the password: nothing can be sent until that is fixed. */
        LOGIN_REFUSED,
        /** The server's certificate is not trusted (or does not name it): nothing is sent to it. */
        UNTRUSTED,
        /** The server refused this message (a recipient it does not know, ...): others may still go. */
        REFUSED
    }

    private final Kind kind;

    public MailException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether no further message can be sent in this run. */
    public boolean stopsTheRun() {
        return kind != Kind.REFUSED;
    }
}
