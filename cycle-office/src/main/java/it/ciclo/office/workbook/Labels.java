package it.ciclo.office.workbook;

/** The words of the workbook (headers, sheet names), in the user's language; the command supplies them. */
@FunctionalInterface
public interface Labels {

    /** The text of {@code key} with its arguments. */
    String get(String key, Object... args);
}
