package it.ciclo.serve.pages;

import it.ciclo.board.ActStanding;
import it.ciclo.board.Board;
import it.ciclo.board.SectorStanding;
import it.ciclo.board.Standing;
import it.ciclo.board.Unclassified;
import it.ciclo.check.Finding;
import it.ciclo.check.Severity;
import it.ciclo.deadline.Change;
import it.ciclo.deadline.Deadline;
import it.ciclo.deadline.ScheduledDeadline;
import it.ciclo.directive.Act;
import it.ciclo.directive.Contact;
import it.ciclo.directive.Directive;
import it.ciclo.directive.EventDefinition;
import it.ciclo.directive.Sector;
import it.ciclo.directive.SubmissionTerms;
import it.ciclo.i18n.Message;
import it.ciclo.register.EventRecorded;
import it.ciclo.register.EventRegister;
import it.ciclo.register.RecordUndone;
import it.ciclo.register.RegisterEntry;
import it.ciclo.register.RegisterHistory;
import it.ciclo.serve.snapshot.Archive;
import it.ciclo.serve.snapshot.Snapshot;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StorePath;
import it.ciclo.submission.SubmissionStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What each page shows, taken from one {@link Snapshot} and put in words in one language: plain
 * records of text, which the templates only place (and escape). Nothing here writes HTML.
 */
public final class Views {

    private final Snapshot snapshot;
    private final Locale locale;
    private final PageText text;
    private final Archive archive;
    private final ZoneId zone;

    public Views(Snapshot snapshot, Locale locale, Archive archive) {
        this.snapshot = snapshot;
        this.locale = locale;
        this.text = new PageText(locale);
        this.archive = archive;
        this.zone = snapshot.document().directive().calendar().zone();
    }

    // ---- the board ------------------------------------------------------------------------------

    /** A Settore as a column. */
    public record SectorRef(String id, String name) {
    }

    /** How many file names a cell of the board lists; the act's page lists them all. */
    static final int NAMES_IN_A_CELL = 5;

    /**
     * One cell of the board: a Settore's standing for an act (or the shared standing over all
     * columns), with the first file names and how many more there are.
     */
    public record Cell(boolean owed, String sector, String status, String label, String days, List<String> files, int more, int old,
            int span) {
    }

    /** One row of the board. */
    public record ActRow(String id, String title, String due, boolean folderMissing, List<Cell> cells) {
    }

    /** A deadline in a list: its date (or "pending"), act, kind and how it is computed. */
    public record DeadlineRow(String date, String actId, String act, String kind, String how, boolean late) {
    }

    /** Who to chase, and for what. */
    public record ChaseRow(String sectorId, String sector, List<String> what) {
    }

    /** A file that counts for nobody. */
    public record LooseRow(String name, String path, String date, String reason, String detail) {
    }

    /** A status in the legend. */
    public record Legend(String status, String label) {
    }

    public record BoardView(String title, String subtitle, List<String> errors, List<SectorRef> sectors, List<ActRow> acts,
            List<Legend> legend, List<DeadlineRow> pending, List<ChaseRow> chase, List<DeadlineRow> upcoming, List<LooseRow> loose) {
    }

    public BoardView board() {
        Board board = snapshot.board();
        Directive d = directive();
        List<SectorRef> sectors = d.sectors().stream().map(s -> new SectorRef(s.id(), s.name())).toList();
        List<ActRow> acts = new ArrayList<>();
        List<ChaseRow> chase = new ArrayList<>();
        for (Sector s : d.sectors()) {
            chase.add(new ChaseRow(s.id(), s.name(), new ArrayList<>()));
        }
        for (ActStanding a : board.acts()) {
            List<Cell> cells = new ArrayList<>();
            if (a.shared().isPresent()) {
                cells.add(cell(text.get("board.allSectors"), a.shared().get(), Math.max(1, d.sectors().size())));
                if (a.shared().get().status() == SubmissionStatus.OVERDUE) {
                    chase.forEach(c -> c.what().add(late(a, a.shared().get())));
                }
            } else {
                for (Sector s : d.sectors()) {
                    Optional<SectorStanding> standing = a.sectors().stream().filter(x -> x.sector().equals(s)).findFirst();
                    cells.add(standing.map(x -> cell(s.name(), x.standing(), 1))
                            .orElseGet(() -> new Cell(false, s.name(), "", text.get("board.notOwed"), "", List.of(), 0, 0, 1)));
                    standing.filter(x -> x.standing().status() == SubmissionStatus.OVERDUE).ifPresent(x ->
                            chase.stream().filter(c -> c.sectorId().equals(s.id())).findFirst().orElseThrow().what().add(late(a, x.standing())));
                }
            }
            acts.add(new ActRow(a.act().id(), a.act().title(), due(a.due()), a.found().isEmpty(), cells));
        }
        List<Legend> legend = java.util.Arrays.stream(SubmissionStatus.values())
                .map(s -> new Legend(s.jsonName(), s.describe(locale))).toList();
        List<DeadlineRow> pending = new ArrayList<>();
        List<DeadlineRow> upcoming = new ArrayList<>();
        for (ScheduledDeadline sd : snapshot.schedule().chronological()) {
            DeadlineRow row = row(sd);
            if (sd.deadline().isDue()) {
                if (!sd.deadline().effective().get().isBefore(board.asOf())) {
                    upcoming.add(row);
                }
            } else {
                pending.add(row);
            }
        }
        List<LooseRow> loose = board.unclassified().stream().map(this::loose).toList();
        return new BoardView(d.title(), subtitle(), errors(), sectors, acts, legend, pending,
                chase.stream().filter(c -> !c.what().isEmpty()).toList(), upcoming, loose);
    }

    private Cell cell(String sector, Standing s, int span) {
        String days = s.daysLate().map(n -> text.get("days.late", n))
                .orElseGet(() -> s.daysLeft().filter(n -> !s.status().isHandedIn()).map(n -> text.get("days.left", n)).orElse(""));
        List<String> names = s.files().stream().limit(NAMES_IN_A_CELL).map(StoreEntry::name).toList();
        return new Cell(true, sector, s.status().jsonName(), s.status().describe(locale), days, names,
                s.files().size() - names.size(), s.old().size(), span);
    }

    private String late(ActStanding a, Standing s) {
        return text.get("board.chase.item", a.act().title(), text.get("days.late", s.daysLate().orElse(0L)));
    }

    private LooseRow loose(Unclassified u) {
        return new LooseRow(u.path().isRoot() ? "" : u.path().name(), u.path().toString(),
                u.modified().map(m -> Message.date(LocalDate.ofInstant(m, zone), locale)).orElse(""),
                u.reason().describe(locale), u.detail().render(locale));
    }

    // ---- an act -----------------------------------------------------------------------------------

    /** A file as listed on a page. */
    public record FileRow(String name, String date, String path) {
    }

    /** A Settore's standing for the act on the act's page. */
    public record StandingRow(String sectorId, String sector, String status, String label, String days, String arrived,
            List<FileRow> files, List<FileRow> old, String folder, String link) {
    }

    public record ActView(String id, String title, String kind, String text, String due, String dueHow, String approval,
            String approvalHow, String folder, String link, String instructions, boolean shared, boolean folderMissing,
            List<String> sharesWith, List<StandingRow> rows) {
    }

    /** The page of act {@code id}, if the directive has it and it asks for files. */
    public Optional<ActView> act(String id) {
        Optional<ActStanding> found = snapshot.board().acts().stream().filter(a -> a.act().id().equals(id)).findFirst();
        Optional<Act> act = directive().act(id);
        if (act.isEmpty()) {
            return Optional.empty();
        }
        Act a = act.get();
        Deadline approval = snapshot.schedule().approval(id);
        if (found.isEmpty()) {
            return Optional.of(new ActView(id, a.title(), a.kind().describe(locale), a.text(), "", "", due(approval),
                    approval.explanation().render(locale), "", null, "", false, false, List.of(), List.of()));
        }
        ActStanding s = found.get();
        SubmissionTerms terms = a.submission().orElseThrow();
        List<StandingRow> rows = new ArrayList<>();
        if (s.shared().isPresent()) {
            rows.add(standing(null, text.get("board.allSectors"), s.shared().get(), terms.folder(), s.folder()));
        }
        for (SectorStanding x : s.sectors()) {
            rows.add(standing(x.sector().id(), x.sector().name(), x.standing(), terms.folderFor(x.sector()),
                    s.folder().resolve(x.sector().folder())));
        }
        return Optional.of(new ActView(id, a.title(), a.kind().describe(locale), a.text(), due(s.due()),
                s.due().explanation().render(locale), due(approval), approval.explanation().render(locale), terms.folder(),
                archive.link(s.folder()).orElse(null), terms.instructions(), s.isShared(), s.found().isEmpty(), s.sharesFolderWith(),
                rows));
    }

    private StandingRow standing(String id, String name, Standing s, String folder, StorePath path) {
        Cell c = cell(name, s, 1);
        return new StandingRow(id, name, c.status(), c.label(), c.days(),
                s.arrived().map(d -> Message.date(d, locale)).orElse(""), files(s.files()), files(s.old()), folder,
                archive.link(path).orElse(null));
    }

    private List<FileRow> files(List<StoreEntry> files) {
        return files.stream().map(f -> new FileRow(f.name(), Message.date(LocalDate.ofInstant(f.modified(), zone), locale),
                f.path().toString())).toList();
    }

    // ---- a sector ---------------------------------------------------------------------------------

    /** One act on a Settore's page. */
    public record SectorActRow(String actId, String act, String due, String status, String label, String days, String arrived,
            List<FileRow> files, String folder, String link, String instructions) {
    }

    public record SectorView(String id, String name, String folder, List<String> contacts, List<SectorActRow> acts, List<String> late) {
    }

    /** The page of Settore {@code id}, if the directive has it. */
    public Optional<SectorView> sector(String id) {
        Optional<Sector> found = directive().sector(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Sector sector = found.get();
        List<SectorActRow> rows = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (ActStanding a : snapshot.board().acts()) {
            Optional<Standing> s = a.shared().isPresent() ? a.shared()
                    : a.sectors().stream().filter(x -> x.sector().equals(sector)).map(SectorStanding::standing).findFirst();
            if (s.isEmpty()) {
                continue;
            }
            SubmissionTerms terms = a.act().submission().orElseThrow();
            StorePath path = a.isShared() ? a.folder() : a.folder().resolve(sector.folder());
            Cell c = cell(sector.name(), s.get(), 1);
            rows.add(new SectorActRow(a.act().id(), a.act().title(), due(a.due()), c.status(), c.label(), c.days(),
                    s.get().arrived().map(d -> Message.date(d, locale)).orElse(""), files(s.get().files()),
                    a.isShared() ? terms.folder() : terms.folderFor(sector), archive.link(path).orElse(null),
                    terms.instructions()));
            if (s.get().status() == SubmissionStatus.OVERDUE) {
                late.add(late(a, s.get()));
            }
        }
        List<String> contacts = sector.contacts().stream().map(Views::contact).toList();
        return Optional.of(new SectorView(sector.id(), sector.name(), sector.folder(), contacts, rows, late));
    }

    private static String contact(Contact c) {
        return c.name().isBlank() ? c.email() : c.name() + " <" + c.email() + ">";
    }

    // ---- the events register ---------------------------------------------------------------------

    /** An event the directive declares, for the form. */
    public record EventChoice(String id, String label, String kind, String inForce) {
    }

    /** One entry of the register, with what it moved. */
    public record EntryRow(int number, String event, String action, String date, String state, String decree, String gazette,
            String by, String at, List<String> moved, boolean undoable, String eventId) {
    }

    public record EventsView(List<EventChoice> events, List<EntryRow> entries, String location) {
    }

    public EventsView events() {
        Directive d = directive();
        EventRegister register = snapshot.register();
        List<EventChoice> events = new ArrayList<>();
        for (EventDefinition e : d.events().values()) {
            String inForce = snapshot.schedule().events().dateOf(e.id()).map(x -> Message.date(x, locale)).orElse("");
            events.add(new EventChoice(e.id(), e.label(), e.kind().map(k -> text.get("event.kind." + k.jsonName())).orElse(""), inForce));
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern(text.get("event.at.pattern"));
        List<EntryRow> rows = new ArrayList<>();
        for (RegisterHistory.Step step : snapshot.history().steps()) {
            RegisterEntry e = step.entry();
            String label = d.events().containsKey(e.eventId()) ? d.events().get(e.eventId()).label() : e.eventId();
            List<String> moved = step.moved().stream().map(this::moved).toList();
            String at = e.at().atZone(zone).format(when);
            if (e instanceof EventRecorded r) {
                String state = register.isInForce(r) ? text.get("event.state.inForce")
                        : register.isUndone(r) ? text.get("event.state.undone") : text.get("event.state.superseded");
                rows.add(new EntryRow(r.number(), label, text.get("event.action.record"), Message.date(r.date(), locale), state,
                        r.decree(), r.gazette(), r.by(), at, moved, register.isInForce(r), r.eventId()));
            } else if (e instanceof RecordUndone u) {
                rows.add(new EntryRow(u.number(), label, text.get("event.action.undo", u.undoes()), "", u.reason(), "", "", u.by(), at,
                        moved, false, u.eventId()));
            }
        }
        java.util.Collections.reverse(rows);
        return new EventsView(events, rows, snapshot.registerAt());
    }

    private String moved(Change c) {
        return text.get("event.moved", c.after().act().title(), c.after().kind().describe(locale), due(c.before().deadline()),
                due(c.after().deadline()));
    }

    // ---- the check --------------------------------------------------------------------------------

    public record FindingRow(String severity, String severityLabel, String code, String act, String where, String path, String message) {
    }

    public List<FindingRow> findings() {
        return snapshot.findings().stream().map(f -> new FindingRow(f.severity().jsonName(), f.severity().describe(locale),
                f.code().code(), f.act().orElse(""), snapshot.document().locate(f.path()).map(l -> l.line() + ":" + l.column()).orElse(""),
                f.path(), f.message().render(locale))).toList();
    }

    // ---- shared ------------------------------------------------------------------------------------

    /** The directive's error-level findings, one sentence each: shown first, a board built on them may be wrong. */
    public List<String> errors() {
        return snapshot.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::message)
                .map(m -> m.render(locale)).toList();
    }

    public String subtitle() {
        Directive d = directive();
        return text.get(d.issued().number().isBlank() ? "board.subtitle.unnumbered" : "board.subtitle", d.issued().number(),
                Message.date(d.issued().on(), locale), d.cycle().label(), Message.date(snapshot.board().asOf(), locale));
    }

    private DeadlineRow row(ScheduledDeadline sd) {
        boolean late = sd.deadline().effective().map(x -> x.isBefore(snapshot.board().asOf())).orElse(false);
        return new DeadlineRow(due(sd.deadline()), sd.act().id(), sd.act().title(), sd.kind().describe(locale),
                sd.deadline().explanation().render(locale), late);
    }

    private String due(Deadline d) {
        return d.effective().map(x -> Message.date(x, locale)).orElseGet(() -> text.get("pending"));
    }

    private Directive directive() {
        return snapshot.document().directive();
    }
}
