package it.ciclo.reader;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;

/** Why a file was not read. The JSON name is stable. */
public enum FileProblem implements Localizable {
    /** Protected by a password: the content is encrypted. */
    ENCRYPTED("encrypted"),
    /** Damaged or incomplete (a truncated copy, an interrupted upload). */
    CORRUPT("corrupt"),
    /** The content is not what the name says (a .doc or a PDF renamed .docx). */
    WRONG_FORMAT("wrong-format"),
    /** Larger than the limit set for a single file or for one of its parts. */
    TOO_LARGE("too-large"),
    /** A compressed part that would expand far beyond its size: a zip bomb. */
    ZIP_BOMB("zip-bomb"),
    /** XML with a document type declaration or entities, which office files never need (an entity bomb). */
    XML_ENTITIES("xml-entities"),
    /** Contains macros, which Ciclo does not accept in the Settori's files. */
    MACROS("macros"),
    /** A format Ciclo does not read (a PDF, an image, ...). */
    UNSUPPORTED("unsupported"),
    /** The store could not give its content. */
    UNREADABLE("unreadable"),
    /** A spreadsheet without the sheet the template names. */
    SHEET_MISSING("sheet-missing"),
    /** A spreadsheet whose header row lacks columns the template names. */
    COLUMNS_MISSING("columns-missing");

    private final String jsonName;

    FileProblem(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the stable name used in JSON output} */
    public String jsonName() {
        return jsonName;
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("file.problem." + jsonName).render(locale);
    }
}
