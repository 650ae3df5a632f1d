package it.ciclo.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared folder of the guides' worked example, made from cycle-office's LibreOffice documents:
 * the office's DUP template and three Settori's copies (Word, LibreOffice, Word 97), a copy that is
 * really a PDF, a Word lock file; the PIAO schede of two Settori (Excel, LibreOffice) and one
 * Settore's final report.
 */
final class CollectStore {

    static final Path DIRECTIVE = Path.of("../docs/examples/raccolta/direttiva.json");
    static final Path FIXTURES = Path.of("../cycle-office/src/test/resources/fixtures/libreoffice");
    static final String BASE = "ATTIVITA' TRASVERSALI/11_Programmazione e controllo/";
    static final String DUP = BASE + "D_DUP 2024_2026/";
    static final String PIAO = BASE + "F_PIAO 2024_2026/";
    static final String REPORT = BASE + "C_Aggiornamento PEG 2022-2024/";

    /** Store path → the fixture it is a copy of (or, for "%PDF", those bytes). */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DUP + "Indirizzo 1.docx", "indirizzo-1-modello.docx");
        files.put(DUP + "Lavori Pubblici/Indirizzo 1.docx", "indirizzo-1.docx");
        files.put(DUP + "Lavori Pubblici/~$dirizzo 1.docx", "%lock");
        files.put(DUP + "Servizi alla Persona/Indirizzo 1.odt", "indirizzo-1.odt");
        files.put(DUP + "Affari Generali/Indirizzo 1.doc", "indirizzo-1.doc");
        files.put(DUP + "Servizi Finanziari/Indirizzo 1.docx", "%PDF");
        files.put(PIAO + "Scheda PIAO.xlsx", "schede-piao.xlsx");
        files.put(PIAO + "Lavori Pubblici/Scheda PIAO.xlsx", "schede-piao.xlsx");
        files.put(PIAO + "Servizi alla Persona/Scheda PIAO.ods", "schede-piao.ods");
        files.put(REPORT + "Lavori Pubblici/Report finale.ods", "schede-report.ods");
        return files;
    }

    private CollectStore() {
    }

    /** Makes the example's shared folder in {@code root}. */
    static Path make(Path root) {
        try {
            for (Map.Entry<String, String> f : files().entrySet()) {
                Path target = root.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                switch (f.getValue()) {
                    case "%PDF" -> Files.writeString(target, "%PDF-1.7\n1 0 obj\n", StandardCharsets.US_ASCII);
                    case "%lock" -> Files.write(target, new byte[162]);
                    default -> Files.copy(FIXTURES.resolve(f.getValue()), target);
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
