package it.ciclo.cli;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.collect.Collection;
import it.ciclo.collect.CollectListener;
import it.ciclo.collect.Collector;
import it.ciclo.directive.Directive;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.office.OfficeReaders;
import it.ciclo.office.workbook.CollectionWorkbook;
import it.ciclo.reader.FileReaders;
import it.ciclo.reader.ReadLimits;
import it.ciclo.store.StorePath;
import it.ciclo.store.local.LocalFolderStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cycle raccogli FILE --store DIR | --cmis URL --user NAME}: gathers what the Settori wrote
 * into the act folders the directive's {@code collect} settings name — the proposals in red and the
 * tracked changes of the DUP files, the rows of the schede with their checks — and writes them as
 * text, JSON, an HTML page or an Excel workbook. Reads the store only. Exit codes: 0 gathered (files
 * not read are listed, not fatal); 2 unusable input; 3 repository unavailable.
 */
@Command(name = "raccogli", aliases = "collect", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
final class CollectCommand implements Callable<Integer> {

    /** The output formats of {@code raccogli}. */
    enum Format { text, json, html, xlsx }

    @Mixin
    DirectiveOptions directive;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "text|json|html|xlsx", descriptionKey = "collect.format")
    Format format;

    @Mixin
    OutputOption output;

    /** As status's: case is ignored unless the directive says otherwise (one rule for every command). */
    @Option(names = "--ignore-case", hidden = true)
    boolean ignoreCase;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "50", descriptionKey = "collect.maxFileMb")
    int maxFileMb;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UnusableInputException, RepositoryUnavailableException, IOException {
        Locale locale = directive.locale();
        CliText text = new CliText(locale);
        if (maxFileMb < 1 || maxFileMb > 2048) {
            throw new UnusableInputException(text.get("collect.maxSize.invalid", maxFileMb));
        }
        Format chosen = format != null ? format : formatOf(output.file);
        if (chosen == Format.xlsx && output.file == null) {
            throw new UnusableInputException(text.get("collect.output.xlsx"));
        }
        DirectiveOptions.Loaded loaded = directive.load();
        if (ignoreCase && loaded.document().directive().files().matchCase()) {
            throw new UnusableInputException(text.get("status.ignoreCase.conflict", directive.file));
        }
        Layout layout = StoreOptions.layout(loaded.document(), directive.places());
        // Checked before the gathering, which can take minutes: never the directive, its register or an act folder.
        List<Path> guarded = ActFolderPaths.guardedFrom(output, directive, storeOptions, layout);
        output.check(locale, guarded);
        NameMatch match = layout.match();
        FileReaders readers = OfficeReaders.standard(ReadLimits.STANDARD.withMaxFileBytes((long) maxFileMb << 20));
        Collector collector = new Collector(layout, loaded.document().collect(), readers, match);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), text, ConsoleProgress.stderrIsATerminal());
        CollectListener listener = (file, done, total) -> progress.show(text.get("collect.progress", done, total));
        Collection collection;
        Function<StorePath, Optional<String>> links;
        if (storeOptions.isCmis()) {
            try (CmisDocumentStore store = storeOptions.openCmis(locale)) {
                collection = collector.run(store, listener);
                links = Links.cmis(store);
            }
        } else {
            try (LocalFolderStore store = storeOptions.open(locale)) {
                collection = collector.run(store, listener);
                links = Links.local(storeOptions.store);
            }
        }
        progress.done();
        write(collection, loaded.document().directive(), chosen, links, guarded, text, locale);
        return 0;
    }

    /** The format {@code --output}'s extension names; text without one. */
    private static Format formatOf(Path output) {
        String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (name.endsWith("." + f.name()) || f == Format.html && name.endsWith(".htm")) {
                return f;
            }
        }
        return Format.text;
    }

    private void write(Collection c, Directive d, Format chosen, Function<StorePath, Optional<String>> links, List<Path> guarded,
            CliText text, Locale locale) throws UnusableInputException, IOException {
        String store = storeOptions.location();
        if (chosen == Format.xlsx) {
            output.writeBytes(spec, locale, guarded, null, text.get("collect.output.xlsx"),
                    stream -> new CollectionWorkbook(locale, text::get, d.sectors(), links).write(c, stream));
            return;
        }
        output.write(spec, locale, guarded, out -> content(c, d, chosen, links, locale, store, out));
    }

    private static void content(Collection c, Directive d, Format chosen, Function<StorePath, Optional<String>> links,
            Locale locale, String store, PrintWriter out) throws IOException {
        switch (chosen) {
            case json -> new CollectionJson(locale, links).write(c, d.id(), store, out);
            case html -> new CollectionHtml(locale, links).write(c, d, store, out);
            default -> new CollectionText(locale).write(c, d, store, out);
        }
    }
}
