package it.ciclo.remind;

import it.ciclo.board.Standing;
import it.ciclo.directive.Act;
import it.ciclo.directive.Sector;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder due: to a Settore, about one act's internal deadline, at one step.
 *
 * @param directiveId the directive
 * @param act         the act
 * @param sector      the Settore written to
 * @param step        before, on the day, or the chaser
 * @param chase       for the chaser, which one (1, 2, ...); 0 otherwise
 * @param due         the internal deadline
 * @param standing    where the Settore stands (nothing handed in)
 * @param shared      whether the act is one every Settore edits together
 */
public record Reminder(String directiveId, Act act, Sector sector, Step step, int chase, LocalDate due, Standing standing,
        boolean shared) {

    public Reminder {
        Objects.requireNonNull(directiveId, "directiveId");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(standing, "standing");
        if ((step == Step.CHASER) != (chase > 0) || chase < 0) {
            throw new IllegalArgumentException("only a chaser has a number: " + step + " " + chase);
        }
    }

    /**
     * What makes this reminder itself, and no other: directive, act, Settore, step (with the
     * chaser's number) and the deadline's date. A deadline moved by a decree is a new deadline, whose
     * reminders go again. Only lower-case letters, digits, hyphens and dots.
     */
    public String key() {
        return directiveId + "." + act.id() + "." + sector.id() + "." + step.keyName() + (chase > 0 ? "-" + chase : "")
                + "." + due;
    }
}
