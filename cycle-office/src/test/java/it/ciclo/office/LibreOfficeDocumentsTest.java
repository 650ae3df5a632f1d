package it.ciclo.office;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.objective.ObjectivePath;
import it.ciclo.proposal.Attribution;
import it.ciclo.proposal.Passage;
import it.ciclo.proposal.ProposalContext;
import it.ciclo.proposal.ProposalKind;
import it.ciclo.proposal.TableCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DUP file of a Settore, written by LibreOffice as .docx, .odt and .doc from one source
 * ({@code fixtures/source/indirizzo-1.fodt}): every proposal, with its exact text and context.
 */
class LibreOfficeDocumentsTest {

    private static final String DIRECTION = "1 Comune sostenibile";
    private static final String MOBILITY = "1.1 Mobilità sostenibile";
    private static final String CYCLING = "1.1.1 Piste ciclabili";
    private static final String ENERGY = "1.2 Energia e clima";
    private static final String BUILDINGS = "1.2.1 Efficientamento degli edifici pubblici";
    private static final String COMMUNITY = "1.2.2 Comunità energetiche";

    private static Passage passage(ProposalKind kind, String text, String author, Attribution source,
            List<String> headings, ObjectivePath objective, TableCell cell, boolean inHeading) {
        return new Passage(kind, text, Optional.ofNullable(author), source,
                new ProposalContext(headings, objective, Optional.ofNullable(cell), inHeading));
    }

    /** What the Settore wrote; {@code comments} says whether the format keeps comment authors (.doc does not, through HWPF). */
    static List<Passage> expected(boolean comments) {
        List<String> cycling = List.of(DIRECTION, MOBILITY, CYCLING);
        List<String> energy = List.of(DIRECTION, ENERGY);
        List<Passage> all = new ArrayList<>();
        all.add(passage(ProposalKind.RED_TEXT, "Inserire in rosso le proposte di variazione.", null, Attribution.NONE,
                List.of(DIRECTION), ObjectivePath.of(DIRECTION), null, false));
        all.add(passage(ProposalKind.RED_TEXT, "Completare il tratto nord (2,5 km) entro il 2025, con i fondi del PNRR.", null,
                Attribution.NONE, cycling, ObjectivePath.of(DIRECTION, MOBILITY, CYCLING), null, false));
        all.add(passage(ProposalKind.INSERTION, "Estendere il bike sharing alle frazioni.", "Laura Bianchi",
                Attribution.REVISION_AUTHOR, cycling, ObjectivePath.of(DIRECTION, MOBILITY, CYCLING), null, false));
        all.add(passage(ProposalKind.DELETION, "Studio di fattibilità della ciclovia del fiume.", "Paolo Neri",
                Attribution.REVISION_AUTHOR, cycling, ObjectivePath.of(DIRECTION, MOBILITY, CYCLING), null, false));
        all.add(passage(ProposalKind.RED_TEXT, "1.1.3 Zone 30 nei quartieri residenziali", null, Attribution.NONE,
                List.of(DIRECTION, MOBILITY), ObjectivePath.of(DIRECTION, MOBILITY), null, true));
        all.add(passage(ProposalKind.RED_TEXT, "Istituire zone 30 in tre quartieri entro il 2026.\nCoinvolgere i comitati di quartiere.",
                null, Attribution.NONE, List.of(DIRECTION, MOBILITY, "1.1.3 Zone 30 nei quartieri residenziali"),
                ObjectivePath.of(DIRECTION, MOBILITY, "1.1.3 Zone 30 nei quartieri residenziali"), null, false));
        all.add(passage(ProposalKind.RED_TEXT, "Aggiungere la palestra comunale.", null, Attribution.NONE, energy,
                ObjectivePath.of(DIRECTION, ENERGY, BUILDINGS), new TableCell(1, 2, 3, "Proposte", BUILDINGS), false));
        all.add(passage(ProposalKind.RED_TEXT, "con sei mesi di ritardo", comments ? "Giulia Verdi" : null,
                comments ? Attribution.COMMENT_AUTHOR : Attribution.NONE, energy,
                ObjectivePath.of(DIRECTION, ENERGY, BUILDINGS), new TableCell(1, 3, 2, "Stato di attuazione", BUILDINGS), false));
        all.add(passage(ProposalKind.RED_TEXT, "Costituire la CER entro il 2025.", null, Attribution.NONE, energy,
                ObjectivePath.of(DIRECTION, ENERGY, COMMUNITY), new TableCell(1, 4, 2, "Stato di attuazione", COMMUNITY), false));
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt", "doc"})
    void everyProposalWithItsHeadingPathTableCellAndAuthor(String format) throws Exception {
        List<Passage> found = Fixtures.passages(Fixtures.LIBREOFFICE.resolve("indirizzo-1." + format));

        assertThat(found).containsExactlyElementsOf(expected(!format.equals("doc")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt", "doc"})
    void theTemplateHasOnlyItsInstructionInRed(String format) throws Exception {
        List<Passage> found = Fixtures.passages(Fixtures.LIBREOFFICE.resolve("indirizzo-1-modello." + format));

        assertThat(found).containsExactly(expected(true).get(0));
    }
}
