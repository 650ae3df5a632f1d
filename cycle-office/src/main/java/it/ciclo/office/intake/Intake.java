package it.ciclo.office.intake;

import it.ciclo.i18n.Message;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The first look at a file: copied aside ({@link Spool}), then checked to be what its name says. A
 * password-protected .docx or .xlsx is an OLE2 file holding an encrypted package; a .doc renamed
 * .docx, a PDF, a web page or an empty file are refused by what they really are, so that the
 * message tells the Settore what to do.
 */
public final class Intake {

    /** The formats read, with the package kind each must be. */
    public enum Format {
        DOCX("docx", ZipInspection.Kind.WORD),
        XLSX("xlsx", ZipInspection.Kind.WORKBOOK),
        ODT("odt", ZipInspection.Kind.ODF_TEXT),
        ODS("ods", ZipInspection.Kind.ODF_SPREADSHEET),
        DOC("doc", null);

        private final String extension;
        private final ZipInspection.Kind kind;

        Format(String extension, ZipInspection.Kind kind) {
            this.extension = extension;
            this.kind = kind;
        }

        public String extension() {
            return extension;
        }
    }

    private static final Set<FileMagic> IMAGES = Set.of(FileMagic.JPEG, FileMagic.GIF, FileMagic.PNG, FileMagic.TIFF,
            FileMagic.WMF, FileMagic.EMF, FileMagic.BMP);

    private Intake() {
    }

    /** What a reader does with an inspected package. */
    @FunctionalInterface
    public interface PackageReading {
        void read(ZipInspection zip) throws Exception;
    }

    /**
     * Reads a {@code format} package: copied aside, inspected, then handed to {@code reading}; any
     * failure, of the file or deep inside a parser, comes out as the reason the file is not read.
     */
    public static void readPackage(InputStream content, Format format, ReadLimits limits, PackageReading reading)
            throws UnreadableFileException {
        try (Spool spool = spool(content, limits);
             ZipInspection zip = zip(spool, format, limits)) {
            reading.read(zip);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (SheetRows.Refused e) {
            throw e.reason();
        } catch (Exception e) {
            throw Failures.of(e);
        }
    }

    /** Copies {@code in} aside, refusing it past the file limit. */
    public static Spool spool(InputStream in, ReadLimits limits) throws UnreadableFileException {
        return Spool.copy(in, limits.maxFileBytes());
    }

    /**
     * The zip package in {@code spool}, inspected, if it is a {@code format} file.
     *
     * @throws UnreadableFileException if it is empty, encrypted, another kind of file, or fails the inspection
     */
    public static ZipInspection zip(Spool spool, Format format, ReadLimits limits) throws UnreadableFileException {
        FileMagic magic = magic(spool);
        if (magic == FileMagic.OLE2) {
            if (isEncryptedPackage(spool)) {
                throw new UnreadableFileException(FileProblem.ENCRYPTED, Message.of("file.encrypted"));
            }
            throw wrong(format, "file.kind.ole2");
        }
        if (magic != FileMagic.OOXML) {
            throw wrong(format, kindKey(magic));
        }
        ZipInspection zip = ZipInspection.of(spool.file(), limits);
        if (zip.kind() != format.kind) {
            zip.close();
            throw wrong(format, switch (zip.kind()) {
                case WORD -> "file.kind.docx";
                case WORKBOOK -> "file.kind.xlsx";
                case ODF_TEXT -> "file.kind.odt";
                case ODF_SPREADSHEET -> "file.kind.ods";
                case OTHER -> "file.kind.zip";
            });
        }
        return zip;
    }

    /**
     * Checks that {@code spool} holds an OLE2 file (a Word 97-2003 document).
     *
     * @throws UnreadableFileException if it is empty or another kind of file
     */
    public static void ole2(Spool spool, Format format) throws UnreadableFileException {
        FileMagic magic = magic(spool);
        if (magic == FileMagic.OOXML) {
            throw wrong(format, "file.kind.package");
        }
        if (magic != FileMagic.OLE2) {
            throw wrong(format, kindKey(magic));
        }
    }

    private static FileMagic magic(Spool spool) throws UnreadableFileException {
        if (spool.size() == 0) {
            throw new UnreadableFileException(FileProblem.CORRUPT, Message.of("file.empty"));
        }
        try {
            return FileMagic.valueOf(spool.file().toFile());
        } catch (IOException e) {
            throw Failures.of(e);
        }
    }

    private static String kindKey(FileMagic magic) {
        if (IMAGES.contains(magic)) {
            return "file.kind.image";
        }
        return switch (magic) {
            case PDF -> "file.kind.pdf";
            case HTML, XML -> "file.kind.html";
            case RTF -> "file.kind.rtf";
            default -> "file.kind.unknown";
        };
    }

    private static UnreadableFileException wrong(Format format, String kindKey) {
        return new UnreadableFileException(FileProblem.WRONG_FORMAT,
                Message.of("file.wrongFormat", format.extension(), Message.of(kindKey)));
    }

    /** An encrypted .docx or .xlsx: an OLE2 file with the EncryptionInfo and EncryptedPackage streams. */
    private static boolean isEncryptedPackage(Spool spool) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(spool.file().toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            return root.hasEntry("EncryptionInfo") && root.hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            throw Failures.of(e);
        }
    }
}
