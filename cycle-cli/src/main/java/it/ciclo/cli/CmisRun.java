package it.ciclo.cli;

import it.ciclo.board.Board;
import it.ciclo.board.Scan;
import it.ciclo.board.ScanListener;
import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.classify.ClassifyReport;
import it.ciclo.cmis.classify.Classifier;
import it.ciclo.cmis.provision.CmisProvisioner;
import it.ciclo.cmis.provision.FolderChange;
import it.ciclo.cmis.provision.Permissions;
import it.ciclo.cmis.provision.ProvisionReport;
import it.ciclo.cmis.register.CmisDirectiveCopy;
import it.ciclo.i18n.Message;
import it.ciclo.layout.Layout;
import it.ciclo.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** {@code init}, {@code status} and {@code classify} on a CMIS repository ({@code --cmis}). */
final class CmisRun {

    private CmisRun() {
    }

    /** The options of {@code init} that only a repository has: who may write and read the folders. */
    static final class PermissionOptions {

        @Option(names = "--permissions", descriptionKey = "init.permissions")
        boolean permissions;

        @Option(names = "--sector-group", paramLabel = "PATTERN", defaultValue = "GROUP_ciclo-{sector}",
                descriptionKey = "init.sectorGroup")
        String sectorGroup;

        @Option(names = "--reviewer-group", paramLabel = "GROUP", defaultValue = "GROUP_CicloProgrammazione",
                descriptionKey = "init.reviewerGroup")
        String reviewerGroup;

        Optional<Permissions> permissions(CliText text) throws UnusableInputException {
            if (!permissions) {
                return Optional.empty();
            }
            if (!sectorGroup.contains(Permissions.SECTOR)) {
                throw new UnusableInputException(text.get("init.sectorGroup.invalid", sectorGroup));
            }
            return Optional.of(new Permissions(sectorGroup, reviewerGroup));
        }
    }

    static int init(DirectiveOptions.Loaded loaded, Path directiveFile, InitCommand.Flagged flagged,
            StoreOptions storeOptions, PermissionOptions access, boolean dryRun, PrintWriter out, Locale locale)
            throws UnusableInputException, RepositoryUnavailableException {
        CliText text = new CliText(locale);
        Optional<Permissions> permissions = access.permissions(text);
        Layout layout = flagged.layout();
        try (CmisDocumentStore store = storeOptions.openCmis(locale)) {
            flagged.lines().forEach(out::println);
            out.println(text.get("init.heading", loaded.document().directive().title(), storeOptions.location()));
            out.flush();
            ProvisionReport report = new CmisProvisioner(layout, loaded.schedule())
                    .run(store, permissions, dryRun, path -> {
                        out.println(text.get(dryRun ? "init.wouldCreate" : "init.created", path));
                        out.flush();
                    });
            if (!report.blocked().isEmpty()) {
                throw new UnusableInputException(report.blocked().stream()
                        .map(p -> text.get("init.blocked", p)).collect(Collectors.joining(System.lineSeparator())));
            }
            for (FolderChange change : report.changes()) {
                out.println(text.get(dryRun ? "init.wouldChange" : "init.changed", change.folder(), change.property(),
                        change.before().orElse(text.get("value.none")), change.after().orElse(text.get("value.none"))));
            }
            if (report.created().isEmpty() && report.changes().isEmpty()) {
                out.println(text.get("init.nothing", report.existing().size()));
            } else {
                out.println(text.get(dryRun ? "init.summary.dryRun" : "init.summary", report.created().size(),
                        report.existing().size()));
                if (!report.changes().isEmpty()) {
                    out.println(text.get("init.changes", report.changes().size()));
                }
            }
            if (report.permissions() > 0) {
                out.println(text.get("init.permissionsSet", report.permissions()));
            }
            if (!dryRun) {
                CmisDirectiveCopy copy = new CmisDirectiveCopy(store, layout);
                CmisDirectiveCopy.Outcome saved = copy.save(readDirective(directiveFile, locale));
                if (saved != CmisDirectiveCopy.Outcome.NO_FOLDER) {
                    out.println(text.get("init.directive." + saved.name(), copy.location()));
                }
            }
            return 0;
        } catch (StoreException e) {
            throw StoreOptions.failure(e, locale);
        }
    }

    /** The directive's file as the office wrote it (it was read a moment ago: a failure now is unusual). */
    private static byte[] readDirective(Path file, Locale locale) throws UnusableInputException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableInputException(file + ": " + Message.of("format.unreadable", e.getMessage()).render(locale));
        }
    }

    /** The board of the repository: the same scan as on a shared folder, by listings (no query). */
    static Board board(Scan scan, StoreOptions storeOptions, LocalDate asOf, ScanListener listener, Locale locale)
            throws UnusableInputException, RepositoryUnavailableException {
        try (CmisDocumentStore store = storeOptions.openCmis(locale)) {
            return scan.run(store, asOf, listener);
        }
    }

    static int classify(DirectiveOptions.Loaded loaded, Layout layout, StoreOptions storeOptions, boolean dryRun,
            PrintWriter out, Locale locale) throws UnusableInputException, RepositoryUnavailableException {
        CliText text = new CliText(locale);
        try (CmisDocumentStore store = storeOptions.openCmis(locale)) {
            out.println(text.get("classify.heading", storeOptions.location()));
            ClassifyReport report = new Classifier(layout, loaded.schedule())
                    .run(store, dryRun, path -> {
                        out.println(text.get(dryRun ? "classify.wouldDo" : "classify.done", path));
                        out.flush();
                    });
            out.println(text.get(dryRun ? "classify.summary.dryRun" : "classify.summary", report.classified().size(),
                    report.already()));
            if (!report.old().isEmpty()) {
                out.println(text.get("classify.old", report.old().size()));
            }
            return 0;
        } catch (StoreException e) {
            throw StoreOptions.failure(e, locale);
        }
    }
}
