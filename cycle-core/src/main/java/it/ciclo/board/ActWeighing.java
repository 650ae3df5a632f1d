package it.ciclo.board;

import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Sector;
import it.ciclo.layout.ActFolder;
import it.ciclo.store.StorePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Weighs what an act folder holds against one of its acts, through the act's {@link Intake}: one
 * {@link Standing} per sector that owes the act, or one for the act when it is shared.
 */
final class ActWeighing {

    private final Schedule schedule;

    ActWeighing(Schedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * Where {@code act} stands on day {@code asOf}.
     *
     * @param act      an act of {@code folder}
     * @param folder   its folder in the layout
     * @param found    the store's folders that matched the act folder's path (none if it is missing)
     * @param contents what they hold
     */
    ActStanding standing(Act act, ActFolder folder, List<StorePath> found, ActFolderContents contents, LocalDate asOf) {
        Intake intake = Intake.of(schedule, act);
        List<String> others = folder.acts().stream().map(Act::id).filter(id -> !id.equals(act.id())).toList();
        Optional<Standing> shared = Optional.empty();
        List<SectorStanding> sectors = new ArrayList<>();
        if (ActFolder.isShared(act)) {
            // A shared act's files are the office's templates until somebody changes them after the collection opened.
            shared = Optional.of(intake.standing(contents.direct(), asOf));
        } else {
            for (Sector sector : schedule.directive().sectorsOwing(act)) {
                sectors.add(new SectorStanding(sector, intake.standing(contents.of(sector), asOf)));
            }
        }
        return new ActStanding(act, schedule.submission(act.id()).orElseThrow(), intake.opens(), folder.path(), found,
                others, shared, sectors);
    }
}
