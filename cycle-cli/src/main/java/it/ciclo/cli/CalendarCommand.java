package it.ciclo.cli;

import it.ciclo.deadline.Change;
import it.ciclo.office.calendar.CalendarIcs;
import it.ciclo.office.calendar.Revisions;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cycle calendar FILE}: every deadline of the directive, by date. */
@Command(name = "calendar", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
final class CalendarCommand implements Callable<Integer> {

    /** The output formats of {@code calendar}. */
    enum Format { text, json, ics }

    @Mixin
    DirectiveOptions directive;

    @Option(names = "--format", paramLabel = "text|json|ics", defaultValue = "text", descriptionKey = "calendar.format")
    Format format;

    @Option(names = "--reminder-days", paramLabel = "N", defaultValue = "3", descriptionKey = "calendar.reminder")
    int reminderDays;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UnusableInputException, IOException {
        DirectiveOptions.Loaded loaded = directive.load();
        if (reminderDays < 0) {
            throw new UnusableInputException(new CliText(directive.locale()).get("reminder.negative", reminderDays));
        }
        output.write(spec, directive.locale(), directive.guarded(), out -> {
            switch (format) {
                case json -> new CalendarJson(directive.locale()).write(loaded.schedule(), out);
                case ics -> {
                    // Events given with --event move deadlines too: a revision, made now, on top of the register's.
                    Instant now = Instant.now();
                    Revisions revisions = Revisions.of(loaded.document().directive(), loaded.register())
                            .with(Change.between(loaded.kept(), loaded.schedule()), now);
                    new CalendarIcs(directive.locale(), reminderDays).write(loaded.schedule(), revisions, now, out);
                }
                default -> new CalendarText(directive.locale()).write(loaded.schedule(), loaded.kept(), out);
            }
        });
        return 0;
    }
}
