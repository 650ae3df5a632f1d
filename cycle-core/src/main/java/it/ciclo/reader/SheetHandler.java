package it.ciclo.reader;

import java.util.List;

/** Hears the rows of one sheet of a spreadsheet, as a {@link SheetReader} reads it. */
public interface SheetHandler {

    /**
     * The sheet about to be read, by the name the file gives it. Called once, before any row.
     *
     * @param name the sheet's name, as the file gives it
     */
    void sheet(String name);

    /**
     * A row that holds something.
     *
     * @param number its number, 1-based, as the spreadsheet shows it
     * @param cells  the text of its cells as the spreadsheet displays them, from column A on; an
     *               empty cell is the empty string; trailing empty cells may be left out
     */
    void row(int number, List<String> cells);
}
