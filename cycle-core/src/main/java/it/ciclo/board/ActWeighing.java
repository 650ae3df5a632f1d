package it.ciclo.board;

import it.ciclo.deadline.Deadline;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Sector;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.Layout;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StorePath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Weighs what an act folder holds against the act's internal deadline: one {@link Standing} per
 * sector, or one for the act when it is shared. The same rules whichever store the files came from
 * (a shared folder walked by {@link Scan}, a repository queried over CMIS).
 */
public final class ActWeighing {

    private final Schedule schedule;
    private final Layout layout;
    private final ZoneId zone;

    /**
     * @param schedule the directive's deadlines
     * @param layout   the directive's folders
     * @param zone     the Comune's time zone, in which file times become days
     */
    public ActWeighing(Schedule schedule, Layout layout, ZoneId zone) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (!layout.directive().equals(schedule.directive())) {
            throw new IllegalArgumentException("the layout and the schedule are of different directives");
        }
    }

    /**
     * Where {@code act} stands on day {@code asOf}.
     *
     * @param act      an act of {@code folder} with an internal deadline
     * @param folder   its folder in the layout
     * @param found    the store's folders that matched the act folder's path (none if it is missing)
     * @param contents what they hold
     */
    public ActStanding standing(Act act, ActFolder folder, List<StorePath> found, ActFolderContents contents, LocalDate asOf) {
        Deadline due = schedule.submission(act.id()).orElseThrow();
        List<String> others = folder.acts().stream().map(Act::id).filter(id -> !id.equals(act.id())).toList();
        if (ActFolder.isShared(act)) {
            // A shared act's files are the office's until somebody changes them after the directive.
            LocalDate issued = layout.directive().issued().on();
            Predicate<StoreEntry> changedSinceIssued = f -> LocalDate.ofInstant(f.modified(), zone).isAfter(issued);
            Standing shared = Standing.assess(contents.direct(), changedSinceIssued, due, asOf, zone);
            return new ActStanding(act, due, folder.path(), found, others, Optional.of(shared), List.of());
        }
        List<SectorStanding> sectors = new ArrayList<>();
        for (Sector sector : layout.sectors()) {
            sectors.add(new SectorStanding(sector, Standing.assess(contents.of(sector), f -> true, due, asOf, zone)));
        }
        return new ActStanding(act, due, folder.path(), found, others, Optional.empty(), sectors);
    }
}
