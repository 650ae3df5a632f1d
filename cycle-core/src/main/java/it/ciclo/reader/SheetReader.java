package it.ciclo.reader;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/** Reads one sheet of spreadsheets of some formats, row by row (see {@link SheetHandler}). */
public interface SheetReader {

    /** {@return the file name extensions it reads, lower case, without the dot ({@code xlsx})} */
    Set<String> extensions();

    /**
     * Reads the sheet named {@code sheet} (the first sheet when empty) of {@code content}.
     *
     * @param content  the file's bytes; not closed here
     * @param fileName the file's name, for its extension and for messages
     * @param sheet    the name of the sheet to read; empty for the first sheet
     * @param limits   how much the file may cost ({@link ReadLimits#maxRows()} non-empty rows at most)
     * @param handler  hears the sheet's name, then its rows
     * @throws UnreadableFileException if the file is not read ({@link FileProblem#SHEET_MISSING} when
     *                                 there is no such sheet), with the reason
     */
    void read(InputStream content, String fileName, Optional<String> sheet, ReadLimits limits, SheetHandler handler)
            throws UnreadableFileException;
}
