package it.ciclo.office;

import it.ciclo.collect.ProposalSettings;
import it.ciclo.proposal.Passage;
import it.ciclo.proposal.ProposalExtractor;
import it.ciclo.proposal.RedRule;
import it.ciclo.reader.FileReaders;
import it.ciclo.reader.MarkedTextReader;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.SheetHandler;
import it.ciclo.reader.SheetReader;
import it.ciclo.reader.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The test documents and the readers, for the tests of this module. */
final class Fixtures {

    /** Documents LibreOffice made from the flat ODF sources (see make-fixtures.sh). */
    static final Path LIBREOFFICE = Path.of("src/test/resources/fixtures/libreoffice");
    static final Path SOURCES = Path.of("src/test/resources/fixtures/source");

    static final FileReaders READERS = OfficeReaders.standard(ReadLimits.STANDARD);

    private Fixtures() {
    }

    /** The passages {@code file} holds, as the office readers and the core extractor find them. */
    static List<Passage> passages(Path file) throws UnreadableFileException {
        return passages(file, ReadLimits.STANDARD);
    }

    static List<Passage> passages(Path file, ReadLimits limits) throws UnreadableFileException {
        MarkedTextReader reader = READERS.text(file.getFileName().toString()).orElseThrow();
        ProposalExtractor extractor = new ProposalExtractor(RedRule.STANDARD, ProposalSettings.DUP_LEVELS);
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, file.getFileName().toString(), limits, extractor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return extractor.passages();
    }

    /** A sheet's name and rows as "number: cell | cell | ...". */
    record Sheet(String name, List<String> rows) {
    }

    static Sheet sheet(Path file, Optional<String> name) throws UnreadableFileException {
        return sheet(file, name, ReadLimits.STANDARD);
    }

    static Sheet sheet(Path file, Optional<String> name, ReadLimits limits) throws UnreadableFileException {
        SheetReader reader = READERS.sheet(file.getFileName().toString()).orElseThrow();
        String[] sheetName = {null};
        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, file.getFileName().toString(), name, limits, new SheetHandler() {
                @Override
                public void sheet(String n) {
                    sheetName[0] = n;
                }

                @Override
                public void row(int number, List<String> cells) {
                    rows.add(number + ": " + String.join(" | ", cells));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Sheet(sheetName[0], rows);
    }
}
