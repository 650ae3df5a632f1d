package it.ciclo.directive;

import java.util.List;
import java.util.Objects;

/**
 * When the Responsabili di Settore are reminded of an internal deadline, and who gets the digest.
 * Each Settore that has not handed in is written to {@code workingDaysBefore} working days before
 * its deadline, on the day, and the first working day after it has passed (the chaser), then again
 * every {@code chaseEvery} working days while it is still missing; the office gets a digest of what
 * was sent and who is late.
 *
 * @param workingDaysBefore how many working days before the deadline the first reminder goes; 0 for none
 * @param chaseEvery        working days between two chasers; 0 for one chaser only
 * @param office            who gets the digest (the Ufficio Programmazione); none for no digest
 */
public record Reminders(int workingDaysBefore, int chaseEvery, List<Contact> office) {

    /** Five working days before, one chaser, no digest. */
    public static final Reminders DEFAULTS = new Reminders(5, 0, List.of());

    /**
     * Validates the components, each as described above.
     *
     * @param workingDaysBefore how many working days before the deadline the first reminder goes; 0 for none
     * @param chaseEvery working days between two chasers; 0 for one chaser only
     * @param office who gets the digest (the Ufficio Programmazione); none for no digest
     * @throws IllegalArgumentException if {@code workingDaysBefore} or {@code chaseEvery} is not 0 to 60
     */
    public Reminders {
        if (workingDaysBefore < 0 || workingDaysBefore > 60) {
            throw new IllegalArgumentException("working days before must be 0-60: " + workingDaysBefore);
        }
        if (chaseEvery < 0 || chaseEvery > 60) {
            throw new IllegalArgumentException("chase every must be 0-60 working days: " + chaseEvery);
        }
        office = List.copyOf(Objects.requireNonNull(office, "office"));
    }
}
