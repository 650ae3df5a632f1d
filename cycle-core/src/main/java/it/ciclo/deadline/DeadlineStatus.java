package it.ciclo.deadline;

/** Whether a deadline's date is known. */
public enum DeadlineStatus {
    /** The date is known. */
    DUE("due"),
    /** The date depends on events that have not happened yet. */
    PENDING("pending");

    private final String jsonName;

    DeadlineStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the name used in JSON output} */
    public String jsonName() {
        return jsonName;
    }
}
