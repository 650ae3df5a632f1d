package it.ciclo.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ciclo.reader.FileProblem;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.UnreadableFileException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile files are refused by name, with the kind of problem and what to do, before a
 * parser reads them or as soon as it meets the trap. (That memory stays bounded meanwhile is shown
 * by {@link BoundedMemoryTest}, which reads the worst of them in a JVM with a small heap.)
 */
class HostileFilesTest {

    @TempDir
    Path dir;

    private static UnreadableFileException refusal(Path file) {
        String name = file.getFileName().toString();
        boolean sheet = Fixtures.READERS.sheet(name).isPresent();
        return catchThrowableOfType(UnreadableFileException.class,
                () -> {
                    if (sheet) {
                        Fixtures.sheet(file, Optional.empty());
                    } else {
                        Fixtures.passages(file);
                    }
                });
    }

    private static String italian(UnreadableFileException e) {
        assertThat(e).as("refused").isNotNull();
        return e.render(Locale.ITALIAN);
    }

    @Test
    void aZipBombIsRefusedFromItsDeclaredSizesBeforeAnythingExpands() throws Exception {
        UnreadableFileException e = refusal(Hostile.bomb(dir.resolve("bomba.docx"), 200, false));

        assertThat(e.problem()).isEqualTo(FileProblem.ZIP_BOMB);
        assertThat(italian(e)).startsWith("bomba zip: la parte word/document.xml si espanderebbe ").endsWith(" volte la sua dimensione compressa");
    }

    @Test
    void aZipBombThatLiesAboutItsSizeIsRefusedWhileItExpands() throws Exception {
        UnreadableFileException e = refusal(Hostile.bomb(dir.resolve("bugiarda.docx"), 50, true));

        assertThat(e.problem()).isEqualTo(FileProblem.ZIP_BOMB);
        assertThat(italian(e)).isEqualTo("bomba zip: una parte del file si espande oltre ogni misura rispetto alla sua dimensione compressa: non viene letta");
    }

    @Test
    void anXmlEntityBombIsRefusedAtItsDeclarationInEveryFormat() throws Exception {
        Path docx = Hostile.zip(dir.resolve("risate.docx"), Hostile.docx(Hostile.LAUGHS.replace("<?xml version=\"1.0\"?>", "")
                .replace("<!DOCTYPE lolz", "<?xml version=\"1.0\"?><!DOCTYPE lolz") + Hostile.BODY_START.substring(38) + "&lol9;" + Hostile.BODY_END));
        Path ods = Hostile.zip(dir.resolve("risate.ods"), Map.of("mimetype", Hostile.utf8("application/vnd.oasis.opendocument.spreadsheet"),
                "content.xml", Hostile.utf8(Hostile.LAUGHS + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">&lol9;</office:document-content>")));

        assertThat(refusal(docx).problem()).isEqualTo(FileProblem.XML_ENTITIES);
        assertThat(italian(refusal(docx))).contains("la parte word/document.xml contiene una dichiarazione DOCTYPE");
        assertThat(refusal(ods).problem()).isEqualTo(FileProblem.XML_ENTITIES);
        assertThat(italian(refusal(ods))).contains("la parte content.xml");
    }

    @Test
    void aTruncatedCopyIsDamagedAndSaysSo() throws Exception {
        for (String format : new String[] {"docx", "odt", "xlsx", "ods"}) {
            String source = format.startsWith("x") || format.equals("ods") ? "schede-piao." : "indirizzo-1.";
            Path file = Hostile.truncated(Fixtures.LIBREOFFICE.resolve(source + format), dir.resolve("meta." + format), 0.5);

            UnreadableFileException e = refusal(file);
            assertThat(e.problem()).as(format).isEqualTo(FileProblem.CORRUPT);
            assertThat(italian(e)).as(format).isEqualTo(
                    "danneggiato o incompleto: il file è incompleto o danneggiato (una copia interrotta?): copiarlo o salvarlo di nuovo");
        }
        UnreadableFileException doc = refusal(Hostile.truncated(Fixtures.LIBREOFFICE.resolve("indirizzo-1.doc"), dir.resolve("meta.doc"), 0.5));
        assertThat(doc.problem()).isEqualTo(FileProblem.CORRUPT);
        assertThat(italian(doc)).startsWith("danneggiato o incompleto: contenuto non leggibile (");
    }

    @Test
    void aPasswordProtectedDocxIsRefusedAsEncrypted() throws Exception {
        Path file = dir.resolve("protetto.docx");
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("segreta");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(Fixtures.LIBREOFFICE.resolve("indirizzo-1.docx"), out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        UnreadableFileException e = refusal(file);
        assertThat(e.problem()).isEqualTo(FileProblem.ENCRYPTED);
        assertThat(italian(e)).startsWith("protetto da password: il file è protetto da password: toglierla");
    }

    @Test
    void anEncryptedOpenDocumentIsRefusedFromItsManifest() throws Exception {
        Path file = Hostile.withPart(Fixtures.LIBREOFFICE.resolve("indirizzo-1.odt"), dir.resolve("protetto.odt"),
                "META-INF/manifest.xml", Hostile.utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                        + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>"
                        + "</manifest:file-entry></manifest:manifest>"));

        assertThat(refusal(file).problem()).isEqualTo(FileProblem.ENCRYPTED);
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedSayingWhatItIs() throws Exception {
        Path doc = Files.copy(Fixtures.LIBREOFFICE.resolve("indirizzo-1.doc"), dir.resolve("vecchio.docx"));
        Path odt = Files.copy(Fixtures.LIBREOFFICE.resolve("indirizzo-1.odt"), dir.resolve("libre.docx"));
        Path pdf = Files.write(dir.resolve("stampa.docx"), Hostile.utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
        Path html = Files.write(dir.resolve("pagina.docx"), Hostile.utf8("<html><body>DUP</body></html>"));
        Path docx = Files.copy(Fixtures.LIBREOFFICE.resolve("indirizzo-1.docx"), dir.resolve("nuovo.doc"));
        Path xlsx = Files.copy(Fixtures.LIBREOFFICE.resolve("schede-piao.xlsx"), dir.resolve("scheda.docx"));

        assertThat(italian(refusal(doc))).isEqualTo(
                "non è nel formato che il nome dice: il nome dice .docx, ma il contenuto è un file di Office 97-2003 (.doc o .xls): aprirlo e salvarlo come .docx");
        assertThat(italian(refusal(odt))).endsWith("il contenuto è un documento OpenDocument (.odt): aprirlo e salvarlo come .docx");
        assertThat(italian(refusal(pdf))).endsWith("il contenuto è un PDF: aprirlo e salvarlo come .docx");
        assertThat(italian(refusal(html))).endsWith("il contenuto è una pagina web o un file XML: aprirlo e salvarlo come .docx");
        assertThat(italian(refusal(docx))).endsWith("il contenuto è un file .docx, .xlsx o OpenDocument: aprirlo e salvarlo come .doc");
        assertThat(refusal(xlsx).render(Locale.ENGLISH)).isEqualTo(
                "not in the format its name says: the name says .docx, but the content is an Excel workbook (.xlsx): open it and save it as .docx");
        assertThat(refusal(doc).problem()).isEqualTo(FileProblem.WRONG_FORMAT);
    }

    @Test
    void anEmptyFileIsDamaged() throws Exception {
        assertThat(italian(refusal(Files.write(dir.resolve("vuoto.docx"), new byte[0]))))
                .isEqualTo("danneggiato o incompleto: il file è vuoto (0 byte): salvarlo di nuovo");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutCopyingMoreThanTheLimit() {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class, () -> Fixtures.passages(
                Fixtures.LIBREOFFICE.resolve("indirizzo-1.odt"), ReadLimits.STANDARD.withMaxFileBytes(10_000)));

        assertThat(e.problem()).isEqualTo(FileProblem.TOO_LARGE);
        assertThat(e.render(Locale.ENGLISH)).isEqualTo("too large: > 0.0 MB, over the limit of 0.0 MB a file");
    }

    @Test
    void filesWithMacrosAreRefusedInEveryFormat() throws Exception {
        Path docm = Hostile.withPart(Fixtures.LIBREOFFICE.resolve("indirizzo-1.docx"), dir.resolve("macro.docx"),
                "word/vbaProject.bin", new byte[] {1, 2, 3});
        Path odt = Hostile.withPart(Fixtures.LIBREOFFICE.resolve("indirizzo-1.odt"), dir.resolve("macro.odt"),
                "Basic/Standard/Module1.xml", Hostile.utf8("<?xml version=\"1.0\"?><script/>"));
        Path doc = dir.resolve("macro.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(Fixtures.LIBREOFFICE.resolve("indirizzo-1.doc").toFile(), true);
             OutputStream out = Files.newOutputStream(doc)) {
            POIFSFileSystem copy = new POIFSFileSystem();
            org.apache.poi.poifs.filesystem.EntryUtils.copyNodes(fs.getRoot(), copy.getRoot());
            copy.getRoot().createDirectory("Macros").createDocument("VBA", new java.io.ByteArrayInputStream(new byte[] {1}));
            copy.writeFilesystem(out);
        }

        assertThat(italian(refusal(docm))).isEqualTo(
                "contiene macro: contiene macro (word/vbaProject.bin): salvarlo come documento senza macro (.docx, .xlsx, .odt, .ods)");
        assertThat(refusal(odt).problem()).isEqualTo(FileProblem.MACROS);
        assertThat(refusal(doc).problem()).isEqualTo(FileProblem.MACROS);
    }
}
