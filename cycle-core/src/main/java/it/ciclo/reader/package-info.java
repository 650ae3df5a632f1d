/**
 * The small SPI through which Ciclo reads the Settori's files without knowing any file format:
 * a {@link it.ciclo.reader.MarkedTextReader} turns a word-processing file (.docx, .odt, .doc) into
 * events for a {@link it.ciclo.reader.MarkedTextHandler} (headings, paragraphs, table cells and runs
 * of text with their colour, revision and comment authors); a {@link it.ciclo.reader.SheetReader}
 * hands the rows of a spreadsheet (.xlsx, .ods) to a {@link it.ciclo.reader.SheetHandler}. The
 * heavy format libraries live in the {@code cycle-office} module, which implements both; a file
 * that cannot be read safely is refused with an {@link it.ciclo.reader.UnreadableFileException}
 * naming the {@link it.ciclo.reader.FileProblem}. Readers only read: they never write to the file.
 */
package it.ciclo.reader;
