package it.ciclo.reader;

/**
 * Hears the body of a word-processing file in reading order, as a {@link MarkedTextReader} walks it:
 * paragraphs (headings with their outline level), the runs of text in them, and the tables they sit
 * in. Tables may nest: a cell may hold another table. Headers, footers, footnotes and comment texts
 * are not part of the body and are not heard.
 */
public interface MarkedTextHandler {

    /**
     * A paragraph begins.
     *
     * @param headingLevel its outline level, 1 for the top heading; 0 for a paragraph of body text
     */
    void paragraphStart(int headingLevel);

    /**
     * A run of text of the current paragraph.
     *
     * @param run the characters, with their colour, revision and comment authors
     */
    void run(TextRun run);

    /** The current paragraph ends. */
    void paragraphEnd();

    /** A table begins. */
    void tableStart();

    /** A row of the current table begins. */
    void rowStart();

    /**
     * A cell of the current row begins.
     *
     * @param column    its first column, 1-based, counting the columns that cells before it span
     * @param continued whether it continues the cell above (vertically merged), holding nothing of its own
     */
    void cellStart(int column, boolean continued);

    /** The current cell ends. */
    void cellEnd();

    /** The current row ends. */
    void rowEnd();

    /** The current table ends. */
    void tableEnd();
}
