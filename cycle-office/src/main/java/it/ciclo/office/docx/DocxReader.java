package it.ciclo.office.docx;

import it.ciclo.office.intake.Failures;
import it.ciclo.office.intake.Intake;
import it.ciclo.office.intake.SafeXml;
import it.ciclo.office.intake.Xml;
import it.ciclo.i18n.Message;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.MarkedTextHandler;
import it.ciclo.reader.MarkedTextReader;
import it.ciclo.reader.ReadLimits;
import it.ciclo.reader.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;

/** Reads .docx files: red runs, revisions and comment authors of the body, in reading order. */
public final class DocxReader implements MarkedTextReader {

    private static final String OFFICE_DOCUMENT = "/officeDocument";

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    @Override
    public void read(InputStream content, String fileName, ReadLimits limits, MarkedTextHandler handler)
            throws UnreadableFileException {
        Intake.readPackage(content, Intake.Format.DOCX, limits, inspected -> {
            // Opened on the inspected zip, whose reads POI's ZipSecureFile keeps checking; never saved (revert).
            OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(inspected.zip()));
            try {
                PackagePart main = mainPart(pkg);
                WordStyles styles = related(main, "/styles").map(DocxReader::styles).orElse(WordStyles.none());
                Map<String, String> comments = related(main, "/comments").map(DocxReader::comments).orElse(Map.of());
                try (InputStream in = main.getInputStream()) {
                    new WordBody(SafeXml.reader(in), styles, comments, handler).walk();
                }
            } finally {
                pkg.revert();
            }
        });
    }

    private static PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException, UnreadableFileException {
        for (PackageRelationship rel : pkg.getRelationships()) {
            if (rel.getRelationshipType().endsWith(OFFICE_DOCUMENT)) {
                PackagePart part = pkg.getPart(rel);
                if (part != null) {
                    return part;
                }
            }
        }
        throw new UnreadableFileException(FileProblem.CORRUPT, Message.of("file.docx.noBody"));
    }

    /** The part related to {@code main} by a relationship whose type ends with {@code type}. */
    private static Optional<PackagePart> related(PackagePart main, String type) throws InvalidFormatException {
        for (PackageRelationship rel : main.getRelationships()) {
            if (rel.getRelationshipType().endsWith(type)) {
                return Optional.ofNullable(main.getRelatedPart(rel));
            }
        }
        return Optional.empty();
    }

    private static WordStyles styles(PackagePart part) {
        try (InputStream in = part.getInputStream()) {
            return WordStyles.read(SafeXml.reader(in));
        } catch (IOException | XMLStreamException | UnreadableFileException e) {
            throw new PartFailure(e);
        }
    }

    /** Comment id → author, from {@code word/comments.xml}. */
    private static Map<String, String> comments(PackagePart part) {
        Map<String, String> authors = new HashMap<>();
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader r = SafeXml.reader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("comment")) {
                    Optional<String> id = Xml.attribute(r, "id");
                    Optional<String> author = Xml.attribute(r, "author");
                    if (id.isPresent() && author.isPresent()) {
                        authors.put(id.get(), author.get());
                    }
                    Xml.skip(r);
                }
            }
            return authors;
        } catch (IOException | XMLStreamException | UnreadableFileException e) {
            throw new PartFailure(e);
        }
    }

    /** A failure reading a secondary part, carried out of a lambda; {@link Failures} finds its cause. */
    private static final class PartFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PartFailure(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
