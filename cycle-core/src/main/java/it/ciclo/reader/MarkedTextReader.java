package it.ciclo.reader;

import java.io.InputStream;
import java.util.Set;

/** Reads the body of word-processing files of some formats, run by run (see {@link MarkedTextHandler}). */
public interface MarkedTextReader {

    /** {@return the file name extensions it reads, lower case, without the dot ({@code docx})} */
    Set<String> extensions();

    /**
     * Reads {@code content} and tells {@code handler} what the body holds. Refuses, before or while
     * reading, what is beyond {@code limits} or cannot be read safely.
     *
     * @param content  the file's bytes; not closed here
     * @param fileName the file's name, for its extension and for messages
     * @param limits   how much the file may cost
     * @param handler  hears the body, in reading order
     * @throws UnreadableFileException if the file is not read, with the reason
     */
    void read(InputStream content, String fileName, ReadLimits limits, MarkedTextHandler handler)
            throws UnreadableFileException;
}
