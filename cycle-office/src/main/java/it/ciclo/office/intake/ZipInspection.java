package it.ciclo.office.intake;

import it.ciclo.i18n.Message;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * A zip package (.docx, .xlsx, .odt, .ods) looked at before any parser reads it: that it opens at all
 * (a truncated copy does not), what kind of package it is, that no part expands beyond the limits
 * (a zip bomb), that no XML part declares a document type (an entity bomb), that it holds no macros,
 * and, for OpenDocument, that it is not encrypted. Reading its parts afterwards goes through
 * Apache POI's {@link ZipSecureFile}, which checks the expansion again as the bytes come, for
 * packages whose declared sizes lie.
 */
public final class ZipInspection implements AutoCloseable {

    /** What a zip package holds, by its parts. */
    public enum Kind {
        /** Office Open XML with a Word document (word/document.xml). */
        WORD,
        /** Office Open XML with a workbook (xl/workbook.xml). */
        WORKBOOK,
        /** OpenDocument text (mimetype application/vnd.oasis.opendocument.text). */
        ODF_TEXT,
        /** OpenDocument spreadsheet. */
        ODF_SPREADSHEET,
        /** Some other zip. */
        OTHER
    }

    /** The most parts a package may have; office files have a few dozen. */
    static final int MAX_PARTS = 10_000;
    /** Below this size a part's expansion ratio is not judged: tiny parts compress very well. */
    static final long GRACE_BYTES = 1L << 20;
    private static final int PROLOG_BYTES = 8192;

    private final ZipSecureFile zip;
    private final List<ZipArchiveEntry> entries;
    private final Kind kind;

    private ZipInspection(ZipSecureFile zip, List<ZipArchiveEntry> entries, Kind kind) {
        this.zip = zip;
        this.entries = entries;
        this.kind = kind;
    }

    /**
     * Opens and inspects the package in {@code file}.
     *
     * @throws UnreadableFileException if it is damaged, a bomb, has macros, or is encrypted
     */
    public static ZipInspection of(Path file, ReadLimits limits) throws UnreadableFileException {
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(FileProblem.CORRUPT, Message.of("file.zip.truncated"), e);
        }
        try {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            ZipInspection inspection = new ZipInspection(zip, entries, kindOf(zip, entries));
            inspection.check(limits);
            return inspection;
        } catch (UnreadableFileException e) {
            closeQuietly(zip);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip);
            throw Failures.of(e);
        }
    }

    private static Kind kindOf(ZipSecureFile zip, List<ZipArchiveEntry> entries) throws IOException {
        ZipArchiveEntry mimetype = zip.getEntry("mimetype");
        if (mimetype != null && mimetype.getSize() < 200) {
            try (InputStream in = zip.getInputStream(mimetype)) {
                String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                if (type.equals("application/vnd.oasis.opendocument.text")) {
                    return Kind.ODF_TEXT;
                }
                if (type.equals("application/vnd.oasis.opendocument.spreadsheet")) {
                    return Kind.ODF_SPREADSHEET;
                }
            }
        }
        if (zip.getEntry("[Content_Types].xml") != null) {
            if (entries.stream().anyMatch(e -> e.getName().startsWith("word/"))) {
                return Kind.WORD;
            }
            if (entries.stream().anyMatch(e -> e.getName().startsWith("xl/"))) {
                return Kind.WORKBOOK;
            }
        }
        return Kind.OTHER;
    }

    private void check(ReadLimits limits) throws UnreadableFileException, IOException {
        if (entries.size() > MAX_PARTS) {
            throw new UnreadableFileException(FileProblem.ZIP_BOMB, Message.of("file.zip.parts", entries.size(), MAX_PARTS));
        }
        for (ZipArchiveEntry e : entries) {
            String name = e.getName();
            long size = e.getSize();
            if (size > GRACE_BYTES && e.getCompressedSize() >= 0
                    && (double) e.getCompressedSize() / size < limits.minInflateRatio()) {
                throw new UnreadableFileException(FileProblem.ZIP_BOMB, Message.of("file.zip.ratio", name,
                        Math.round(size / (double) Math.max(1, e.getCompressedSize()))));
            }
            if (size > limits.maxPartBytes()) {
                throw new UnreadableFileException(FileProblem.TOO_LARGE, Message.of("file.zip.part", name,
                        size >> 20, limits.maxPartBytes() >> 20));
            }
            if (isMacro(name)) {
                throw new UnreadableFileException(FileProblem.MACROS, Message.of("file.macros", name));
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
                checkProlog(e);
            }
        }
        if ((kind == Kind.ODF_TEXT || kind == Kind.ODF_SPREADSHEET) && odfEncrypted()) {
            throw new UnreadableFileException(FileProblem.ENCRYPTED, Message.of("file.encrypted"));
        }
    }

    /** VBA in Office Open XML, Basic and scripts in OpenDocument. */
    private static boolean isMacro(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")
                || lower.startsWith("basic/") || lower.startsWith("scripts/");
    }

    /** Refuses a part whose prolog declares a document type: entities are declared there. */
    private void checkProlog(ZipArchiveEntry e) throws IOException, UnreadableFileException {
        byte[] head;
        try (InputStream in = zip.getInputStream(e)) {
            head = in.readNBytes(PROLOG_BYTES);
        }
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        String text = new String(head, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        int at = 0;
        while (true) {
            int lt = text.indexOf('<', at);
            if (lt < 0 || lt + 1 >= text.length()) {
                return;
            }
            if (text.startsWith("<?", lt)) {
                at = endOf(text, "?>", lt);
            } else if (text.startsWith("<!--", lt)) {
                at = endOf(text, "-->", lt);
            } else if (text.startsWith("<!", lt)) {
                throw new UnreadableFileException(FileProblem.XML_ENTITIES, Message.of("file.xml.doctype.part", e.getName()));
            } else {
                return;
            }
            if (at < 0) {
                return;
            }
        }
    }

    private static int endOf(String text, String end, int from) {
        int i = text.indexOf(end, from);
        return i < 0 ? -1 : i + end.length();
    }

    private boolean odfEncrypted() throws IOException, UnreadableFileException {
        Optional<InputStream> manifest = open("META-INF/manifest.xml");
        if (manifest.isEmpty()) {
            return false;
        }
        try (InputStream in = manifest.get()) {
            XMLStreamReader r = SafeXml.reader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("encryption-data")) {
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw Failures.of(e);
        }
    }

    /** What kind of package it is. */
    public Kind kind() {
        return kind;
    }

    /** The part named {@code name}, opened for reading, if there is one. */
    public Optional<InputStream> open(String name) throws IOException {
        ZipArchiveEntry e = zip.getEntry(name);
        return e == null ? Optional.empty() : Optional.of(zip.getInputStream(e));
    }

    /** The names of the parts. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        entries.forEach(e -> names.add(e.getName()));
        return names;
    }

    /** The open package, for a library that reads it further. */
    public ZipSecureFile zip() {
        return zip;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipSecureFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Nothing was written; a failure to release a read-only file changes nothing.
        }
    }
}
