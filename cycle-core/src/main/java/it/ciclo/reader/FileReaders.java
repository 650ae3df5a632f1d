package it.ciclo.reader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The readers at hand, chosen by a file's extension. Immutable. */
public final class FileReaders {

    private final Map<String, MarkedTextReader> text = new LinkedHashMap<>();
    private final Map<String, SheetReader> sheets = new LinkedHashMap<>();
    private final ReadLimits limits;

    private FileReaders(List<MarkedTextReader> textReaders, List<SheetReader> sheetReaders, ReadLimits limits) {
        textReaders.forEach(r -> r.extensions().forEach(e -> text.putIfAbsent(e, r)));
        sheetReaders.forEach(r -> r.extensions().forEach(e -> sheets.putIfAbsent(e, r)));
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The readers given; for an extension two of them read, the first wins.
     *
     * @param textReaders the readers of word-processing files
     * @param sheetReaders the readers of spreadsheets
     * @param limits the limits every reader is held to
     * @return the readers, by extension
     */
    public static FileReaders of(List<MarkedTextReader> textReaders, List<SheetReader> sheetReaders, ReadLimits limits) {
        return new FileReaders(List.copyOf(textReaders), List.copyOf(sheetReaders), limits);
    }

    /**
     * The reader of word-processing files named like {@code fileName}, if any.
     *
     * @param fileName a file's name; only its extension counts, in any case
     * @return the reader for its extension; empty if none reads it
     */
    public Optional<MarkedTextReader> text(String fileName) {
        return Optional.ofNullable(text.get(extension(fileName)));
    }

    /**
     * The reader of spreadsheets named like {@code fileName}, if any.
     *
     * @param fileName a file's name; only its extension counts, in any case
     * @return the reader for its extension; empty if none reads it
     */
    public Optional<SheetReader> sheet(String fileName) {
        return Optional.ofNullable(sheets.get(extension(fileName)));
    }

    /** {@return the limits every reader is held to} */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * The extension of {@code fileName}, lower case, without the dot; empty if it has none. A name
     * that only starts with a dot ({@code .profile}) has none.
     *
     * @param fileName a file's name
     * @return its extension, lower case, without the dot; empty if it has none
     */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
