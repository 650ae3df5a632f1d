package it.ciclo.remind;

import java.util.Locale;

/** Which reminder of an internal deadline: before it, on the day, or after it (the chaser). */
public enum Step {
    /** {@code workingDaysBefore} working days before the deadline, until the day before. */
    BEFORE("prima"),
    /** On the day of the deadline. */
    DUE("oggi"),
    /** The first working day after the deadline, then every {@code chaseEvery} working days. */
    CHASER("sollecito");

    private final String keyName;

    Step(String keyName) {
        this.keyName = keyName;
    }

    /** The name in ledger keys and message ids: stable across versions. */
    public String keyName() {
        return keyName;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
