package it.ciclo.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.register.CmisRegister;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Directive;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.InvalidRegisterException;
import it.ciclo.i18n.Message;
import it.ciclo.register.EventRecorded;
import it.ciclo.register.EventRegister;
import it.ciclo.register.RecordUndone;
import it.ciclo.register.RegisterEntry;
import it.ciclo.register.store.RegisterFile;
import it.ciclo.register.store.RegisterStore;
import it.ciclo.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cycle event record|list|undo FILE} ({@code cycle evento registra|elenca|annulla}): the
 * directive's events register, beside the directive ({@code direttiva.eventi.json}) or, with
 * {@code --cmis}, in the repository. Recording a decree once replaces retyping it as {@code --event}
 * on every command; every command reads the register. Exit codes: 0 done; 2 unusable input (an
 * undeclared event, nothing to undo, a file that is not a register: it is left alone); 3 repository
 * unavailable.
 */
@Command(name = "event", aliases = "evento", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true,
        subcommands = {EventCommand.Record.class, EventCommand.ListEvents.class, EventCommand.Undo.class})
final class EventCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What the event subcommands take: the directive, the language, and a repository if the register is kept there. */
    static final class Where {

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
        Path file;

        @Option(names = "--lang", paramLabel = "it|en", descriptionKey = "lang")
        String lang;

        @Option(names = "--verbose", descriptionKey = "verbose")
        boolean verbose;

        @Mixin
        CmisOptions repository = new CmisOptions();

        Locale locale() {
            return lang != null ? Languages.parse(lang) : Languages.fromArgs(new String[0]);
        }

        Places places() {
            return new Places(new CliText(locale()), verbose);
        }

        /** Who records, unless {@code --by} says: the repository's user, or this machine's. */
        String defaultUser() {
            return repository.isCmis() ? repository.user : System.getProperty("user.name", "?");
        }
    }

    /** One piece of work on the register, with the directive read and the register loaded. */
    @FunctionalInterface
    interface Work {
        int run(DirectiveDocument document, RegisterStore store, EventRegister register) throws UnusableInputException,
                RepositoryUnavailableException, InvalidRegisterException, StoreException, IOException;
    }

    /** Reads the directive, opens the register where it is kept, loads it, runs {@code work}. */
    static int withRegister(Where where, Work work) throws UnusableInputException, RepositoryUnavailableException, IOException {
        Locale locale = where.locale();
        Places places = where.places();
        DirectiveDocument document = DirectiveOptions.read(where.file, places);
        Directive directive = document.directive();
        try {
            if (!where.repository.isCmis()) {
                RegisterStore store = RegisterFile.beside(where.file, directive.calendar().zone());
                return work.run(document, store, DirectiveOptions.register(store, directive, places));
            }
            try (CmisDocumentStore repository = where.repository.open(locale)) {
                RegisterStore store = new CmisRegister(repository, StoreOptions.layout(document, places));
                return work.run(document, store, DirectiveOptions.register(store, directive, places));
            }
        } catch (InvalidRegisterException e) {
            throw new UnusableInputException(places.problems(e));
        } catch (StoreException e) {
            throw CmisOptions.failure(e, locale);
        }
    }

    /** How a subcommand changes the register. */
    @FunctionalInterface
    interface Change {
        EventRegister apply(Directive directive, EventRegister register, String location, CliText text) throws UnusableInputException;
    }

    /** What a subcommand says once the change is saved. */
    @FunctionalInterface
    interface Report {
        List<String> lines(EventRegister updated, String location, CliText text);
    }

    /** Changes the register, saves it whole, says so, and lists the deadlines the change moved. */
    static int change(Where where, CommandSpec spec, Change change, Report report)
            throws UnusableInputException, RepositoryUnavailableException, IOException {
        CliText text = new CliText(where.locale());
        PrintWriter out = spec.commandLine().getOut();
        return withRegister(where, (document, store, register) -> {
            Directive directive = document.directive();
            EventRegister updated = change.apply(directive, register, store.location(), text);
            // Computed before saving: an event that would take a deadline out of the supported years is refused, not kept.
            Schedule before = DirectiveOptions.schedule(document, register.inForce(), where.places());
            Schedule after = DirectiveOptions.schedule(document, updated.inForce(), where.places());
            store.save(register, updated);
            report.lines(updated, store.location(), text).forEach(out::println);
            new CalendarText(text.locale()).printChanges(before, after, "event.moved", out);
            return 0;
        });
    }

    @Command(name = "record", aliases = "registra", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
    static final class Record implements Callable<Integer> {

        @Mixin
        Where where;

        @Parameters(index = "1", paramLabel = "${bundle:label.event}", descriptionKey = "event.record.event")
        String event;

        @Option(names = "--decree", paramLabel = "TEXT", defaultValue = "", descriptionKey = "event.decree")
        String decree;

        @Option(names = "--gazette", paramLabel = "TEXT", defaultValue = "", descriptionKey = "event.gazette")
        String gazette;

        @Option(names = "--by", paramLabel = "NAME", descriptionKey = "event.by")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws UnusableInputException, RepositoryUnavailableException, IOException {
            return change(where, spec, (directive, register, location, text) -> {
                Map.Entry<String, LocalDate> e = DirectiveOptions.event(event, directive, where.file, text);
                return register.record(e.getKey(), e.getValue(), by != null ? by : where.defaultUser(), Instant.now(),
                        decree.strip(), gazette.strip());
            }, (updated, location, text) -> {
                EventRecorded done = (EventRecorded) updated.entries().get(updated.entries().size() - 1);
                return List.of(text.get("event.recorded", done.number(), done.eventId(), Message.date(done.date(), text.locale()),
                        location));
            });
        }
    }

    @Command(name = "undo", aliases = "annulla", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
    static final class Undo implements Callable<Integer> {

        @Mixin
        Where where;

        @Parameters(index = "1", paramLabel = "ID", descriptionKey = "event.undo.event")
        String event;

        @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "", descriptionKey = "event.reason")
        String reason;

        @Option(names = "--by", paramLabel = "NAME", descriptionKey = "event.by")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws UnusableInputException, RepositoryUnavailableException, IOException {
            return change(where, spec, (directive, register, location, text) -> {
                if (register.inForce(event).isEmpty()) {
                    throw new UnusableInputException(text.get("event.nothingToUndo", event, location));
                }
                return register.undo(event, by != null ? by : where.defaultUser(), Instant.now(), reason.strip());
            }, (updated, location, text) -> {
                RecordUndone done = (RecordUndone) updated.entries().get(updated.entries().size() - 1);
                return List.of(text.get("event.undone", done.number(), done.undoes(), event, location),
                        updated.inForce(event)
                                .map(r -> text.get("event.nowInForce", event, Message.date(r.date(), text.locale()), r.number()))
                                .orElseGet(() -> text.get("event.noneInForce", event)));
            });
        }
    }

    @Command(name = "list", aliases = "elenca", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
    static final class ListEvents implements Callable<Integer> {

        /** The output formats of {@code event list}. */
        enum Format { text, json }

        @Mixin
        Where where;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "event.format")
        Format format;

        @Mixin
        OutputOption output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws UnusableInputException, RepositoryUnavailableException, IOException {
            return withRegister(where, (document, store, register) -> {
                ZoneId zone = document.directive().calendar().zone();
                List<Path> guarded = List.of(where.file, RegisterFile.beside(where.file, zone).file());
                output.write(spec, where.locale(), guarded, out -> {
                    if (format == Format.json) {
                        json(register, store, zone, out);
                    } else {
                        text(document.directive(), register, store, zone, new CliText(where.locale()), out);
                    }
                });
                return 0;
            });
        }

        private static void text(Directive directive, EventRegister register, RegisterStore store, ZoneId zone, CliText text,
                PrintWriter out) {
            Locale locale = text.locale();
            out.println(text.get("event.list.heading", directive.title(), store.location()));
            if (register.entries().isEmpty()) {
                out.println(text.get("event.list.empty"));
                return;
            }
            Table table = new Table(text.get("event.col.number"), text.get("event.col.event"), text.get("event.col.date"),
                    text.get("event.col.state"), text.get("event.col.decree"), text.get("event.col.gazette"),
                    text.get("event.col.by"), text.get("event.col.at"));
            DateTimeFormatter when = DateTimeFormatter.ofPattern(text.get("event.at.pattern"));
            for (RegisterEntry e : register.entries()) {
                String at = e.at().atZone(zone).format(when);
                if (e instanceof EventRecorded r) {
                    String state = register.isInForce(r) ? text.get("event.state.inForce")
                            : register.isUndone(r) ? text.get("event.state.undone") : text.get("event.state.superseded");
                    table.row(Integer.toString(r.number()), label(directive, r.eventId()), Message.date(r.date(), locale), state,
                            r.decree(), r.gazette(), r.by(), at);
                } else if (e instanceof RecordUndone u) {
                    table.row(Integer.toString(u.number()), label(directive, u.eventId()), "", text.get("event.state.undoes", u.undoes()),
                            u.reason(), "", u.by(), at);
                }
            }
            table.print(out);
            out.println(text.get("calendar.events", register.inForce().asMap().isEmpty() ? "—"
                    : String.join("; ", register.inForce().asMap().entrySet().stream()
                            .map(x -> text.get("calendar.event.on", label(directive, x.getKey()), Message.date(x.getValue(), locale)))
                            .toList())));
        }

        /** The label the directive gives event {@code id}, or the id if it no longer declares it. */
        private static String label(Directive directive, String id) {
            return directive.events().containsKey(id) ? directive.events().get(id).label() : id;
        }

        private static void json(EventRegister register, RegisterStore store, ZoneId zone, PrintWriter out) throws IOException {
            try (JsonGenerator g = Json.generator(out)) {
                g.writeStartObject();
                g.writeStringField("directive", register.directiveId());
                g.writeStringField("register", store.location());
                g.writeObjectFieldStart("inForce");
                for (Map.Entry<String, LocalDate> e : register.inForce().asMap().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue().toString());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("entries");
                for (RegisterEntry e : register.entries()) {
                    g.writeStartObject();
                    g.writeNumberField("number", e.number());
                    g.writeStringField("action", e instanceof EventRecorded ? "record" : "undo");
                    g.writeStringField("event", e.eventId());
                    Json.date(g, "date", e instanceof EventRecorded r ? java.util.Optional.of(r.date()) : java.util.Optional.empty());
                    if (e instanceof RecordUndone u) {
                        g.writeNumberField("undoes", u.undoes());
                    } else {
                        g.writeNullField("undoes");
                    }
                    g.writeStringField("decree", e instanceof EventRecorded r ? r.decree() : "");
                    g.writeStringField("gazette", e instanceof EventRecorded r ? r.gazette() : "");
                    g.writeStringField("reason", e instanceof RecordUndone u ? u.reason() : "");
                    g.writeStringField("by", e.by());
                    g.writeStringField("at", e.at().atZone(zone).toOffsetDateTime().toString());
                    g.writeBooleanField("inForce", e instanceof EventRecorded r && register.isInForce(r));
                    g.writeBooleanField("undone", e instanceof EventRecorded r && register.isUndone(r));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.println();
        }
    }

}
