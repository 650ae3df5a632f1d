package it.ciclo.office;

import it.ciclo.office.doc.DocReader;
import it.ciclo.office.docx.DocxReader;
import it.ciclo.office.odf.OdsReader;
import it.ciclo.office.odf.OdtReader;
import it.ciclo.office.xlsx.XlsxReader;
import it.ciclo.reader.FileReaders;
import it.ciclo.reader.ReadLimits;
import java.util.List;
import java.util.Objects;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/** The readers of the Settori's Office files: .docx, .odt, .doc for proposals; .xlsx, .ods for schede. */
public final class OfficeReaders {

    private OfficeReaders() {
    }

    /**
     * Every reader, held to {@code limits}. Apache POI keeps its zip-bomb limits in static settings:
     * they are set here, for the whole process, to the same limits.
     */
    public static FileReaders standard(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
        return FileReaders.of(List.of(new DocxReader(), new OdtReader(), new DocReader()),
                List.of(new XlsxReader(), new OdsReader()), limits);
    }
}
