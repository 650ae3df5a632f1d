package it.ciclo.cli;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.register.CmisRegister;
import it.ciclo.deadline.DeadlineKind;
import it.ciclo.deadline.DeadlineOutOfRangeException;
import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Directive;
import it.ciclo.format.DateText;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidDateException;
import it.ciclo.format.InvalidDirectiveException;
import it.ciclo.format.InvalidRegisterException;
import it.ciclo.i18n.Capped;
import it.ciclo.i18n.Quoted;
import it.ciclo.register.EventRegister;
import it.ciclo.register.store.RegisterFile;
import it.ciclo.register.store.RegisterStore;
import it.ciclo.store.StoreException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every subcommand that reads a directive takes: the file, the events known, the language. The
 * events are those the directive records, then those of its events register (beside the directive;
 * in the repository with {@code --cmis}), then those given with {@code --event} for a what-if run,
 * which are never kept.
 */
final class DirectiveOptions {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--event", paramLabel = "${bundle:label.event}", descriptionKey = "event")
    List<String> events = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "it|en", descriptionKey = "lang")
    String lang;

    @Option(names = "--verbose", descriptionKey = "verbose")
    boolean verbose;

    /** The language: {@code --lang}, else the JVM's locale if English, else Italian. */
    Locale locale() {
        return lang != null ? Languages.parse(lang) : Languages.fromArgs(new String[0]);
    }

    /** The files a document written with {@code --output} may not replace: the directive and its events register. */
    List<Path> guarded() {
        return List.of(file, RegisterFile.beside(file, java.time.ZoneOffset.UTC).file());
    }

    /** Where problems stand, for people or (with {@code --verbose}) for editors and programs. */
    Places places() {
        return new Places(new CliText(locale()), verbose);
    }

    /** The directive read from {@link #file}, with the events of the register beside it and {@code --event}. */
    Loaded load() throws UnusableInputException {
        DirectiveDocument document = read(file, places());
        RegisterStore register = RegisterFile.beside(file, document.directive().calendar().zone());
        try {
            return loaded(document, register);
        } catch (RepositoryUnavailableException e) {
            throw new IllegalStateException("a file beside the directive is no repository", e);
        }
    }

    /** As {@link #load()}, with the register of the repository when {@code store} names one. */
    Loaded load(StoreOptions store) throws UnusableInputException, RepositoryUnavailableException {
        if (!store.isCmis()) {
            return load();
        }
        Locale locale = locale();
        DirectiveDocument document = read(file, places());
        try (CmisDocumentStore repository = store.openCmis(locale)) {
            return loaded(document, new CmisRegister(repository, StoreOptions.layout(document, places())));
        }
    }

    private Loaded loaded(DirectiveDocument document, RegisterStore store)
            throws UnusableInputException, RepositoryUnavailableException {
        Locale locale = locale();
        Directive directive = document.directive();
        EventRegister register = register(store, directive, places());
        EventDates given = EventDates.none();
        for (String event : events) {
            Map.Entry<String, LocalDate> e = event(event, directive, file, new CliText(locale));
            given = given.with(e.getKey(), e.getValue());
        }
        return new Loaded(document, schedule(document, register.inForce().overriddenBy(given), places()),
                schedule(document, register.inForce(), places()), register, store.location());
    }

    /**
     * The directive's deadlines with {@code events}.
     *
     * @throws UnusableInputException if a deadline computes to a year Ciclo does not compute with,
     *                                located at the rule that led there
     */
    static Schedule schedule(DirectiveDocument document, EventDates events, Places places) throws UnusableInputException {
        try {
            return Schedule.of(document.directive(), events);
        } catch (DeadlineOutOfRangeException e) {
            List<Act> acts = document.directive().acts();
            int index = 0;
            while (index < acts.size() && !acts.get(index).id().equals(e.deadline().actId())) {
                index++;
            }
            String path = "$.acts[" + index + "]" + (e.deadline().kind() == DeadlineKind.APPROVAL ? ".approval" : ".submission.due");
            throw new UnusableInputException(places.at(document, path, e.reason()));
        }
    }

    /** The directive in {@code file}, or why it cannot be used. */
    static DirectiveDocument read(Path file, Places places) throws UnusableInputException {
        try {
            return new DirectiveReader().read(file);
        } catch (InvalidDirectiveException e) {
            throw new UnusableInputException(places.problems(e));
        }
    }

    /**
     * The register {@code store} keeps for {@code directive}, whose events must all be declared.
     *
     * @throws UnusableInputException if it is not a register, another directive's, or names an
     *                                event the directive no longer declares
     */
    static EventRegister register(RegisterStore store, Directive directive, Places places)
            throws UnusableInputException, RepositoryUnavailableException {
        EventRegister register;
        Locale locale = places.locale();
        try {
            register = store.load(directive.id());
        } catch (InvalidRegisterException e) {
            throw new UnusableInputException(places.problems(e));
        } catch (StoreException e) {
            throw CmisOptions.failure(e, locale);
        }
        for (String id : register.inForce().asMap().keySet()) {
            if (!directive.events().containsKey(id)) {
                throw new UnusableInputException(new CliText(locale).get("register.unknownEvent", store.location(), id,
                        Capped.of(directive.events().keySet())));
            }
        }
        return register;
    }

    /**
     * An event written {@code ID=YYYY-MM-DD} on the command line.
     *
     * @throws UnusableInputException if it is written otherwise, names a day that does not exist or
     *                                lies outside the supported years, or the directive does not declare it
     */
    static Map.Entry<String, LocalDate> event(String written, Directive directive, Path file, CliText text)
            throws UnusableInputException {
        int eq = written.indexOf('=');
        String id = eq < 0 ? written : written.substring(0, eq);
        if (eq < 0) {
            throw new UnusableInputException(text.get("event.syntax", Quoted.of(written)));
        }
        LocalDate date;
        try {
            date = DateText.parse(written.substring(eq + 1));
        } catch (InvalidDateException e) {
            throw new UnusableInputException(text.get(e.reason().key().equals("format.date") ? "event.syntax" : "event.date",
                    Quoted.of(written), e.reason()));
        }
        if (!directive.events().containsKey(id)) {
            throw new UnusableInputException(text.get("event.unknown", Quoted.of(id), file, Capped.of(directive.events().keySet())));
        }
        return Map.entry(id, date);
    }

    /**
     * A directive read and evaluated.
     *
     * @param document the directive
     * @param schedule its deadlines with every event known: its own, the register's, {@code --event}'s
     * @param kept     its deadlines with the events kept (its own and the register's), without {@code --event}
     * @param register its events register
     * @param registerLocation where the register is, for messages
     */
    record Loaded(DirectiveDocument document, Schedule schedule, Schedule kept, EventRegister register,
            String registerLocation) {
    }
}
