package it.ciclo.cli;

import it.ciclo.deadline.EventDates;
import it.ciclo.deadline.Schedule;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.DirectiveReader;
import it.ciclo.format.InvalidDirectiveException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every subcommand that reads a directive takes: the file, the events known, the language. */
final class DirectiveOptions {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--event", paramLabel = "ID=YYYY-MM-DD", descriptionKey = "event")
    List<String> events = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "it|en", descriptionKey = "lang")
    String lang;

    /** The language: {@code --lang}, else the JVM's locale if English, else Italian. */
    Locale locale() {
        return lang != null ? Languages.parse(lang) : Languages.fromArgs(new String[0]);
    }

    /** The directive read from {@link #file}, with its events' dates. */
    Loaded load() throws UnusableInputException {
        CliText text = new CliText(locale());
        DirectiveDocument document;
        try {
            document = new DirectiveReader().read(file);
        } catch (InvalidDirectiveException e) {
            throw new UnusableInputException(e.render(locale()));
        }
        EventDates dates = EventDates.none();
        for (String event : events) {
            int eq = event.indexOf('=');
            String id = eq < 0 ? event : event.substring(0, eq);
            LocalDate date;
            try {
                date = LocalDate.parse(eq < 0 ? "" : event.substring(eq + 1));
            } catch (DateTimeParseException e) {
                throw new UnusableInputException(text.get("event.syntax", event));
            }
            if (!document.directive().events().containsKey(id)) {
                throw new UnusableInputException(text.get("event.unknown", id, file,
                        String.join(", ", document.directive().events().keySet())));
            }
            dates = dates.with(id, date);
        }
        return new Loaded(document, Schedule.of(document.directive(), dates));
    }

    /** A directive read and evaluated. */
    record Loaded(DirectiveDocument document, Schedule schedule) {
    }
}
