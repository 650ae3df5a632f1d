package it.ciclo.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.collect.ProposalSettings;
import it.ciclo.objective.ObjectivePath;
import it.ciclo.reader.Revision;
import it.ciclo.reader.TextRun;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The extractor hears a file as a reader would tell it, and finds the passages with their context. */
class ProposalExtractorTest {

    private final ProposalExtractor ex = new ProposalExtractor(RedRule.STANDARD, ProposalSettings.DUP_LEVELS);

    private void heading(int level, String text) {
        ex.paragraphStart(level);
        ex.run(TextRun.plain(text));
        ex.paragraphEnd();
    }

    private void paragraph(TextRun... runs) {
        ex.paragraphStart(0);
        for (TextRun r : runs) {
            ex.run(r);
        }
        ex.paragraphEnd();
    }

    private static TextRun red(String text) {
        return TextRun.coloured(text, "FF0000");
    }

    @Test
    void mergesRedRunsAcrossRunBoundariesAndUncolouredSpacesButNotAcrossOtherText() {
        heading(1, "1 Comune sostenibile");
        heading(2, "1.1 Mobilità");
        heading(3, "1.1.1 Piste ciclabili");
        paragraph(TextRun.plain("Stato: "), red("completare il"), TextRun.plain(" "), TextRun.coloured("tratto nord", "c9211e"),
                TextRun.plain(". Poi "), red("altro"));

        assertThat(ex.passages()).extracting(Passage::text).containsExactly("completare il tratto nord", "altro");
        Passage first = ex.passages().get(0);
        assertThat(first.kind()).isEqualTo(ProposalKind.RED_TEXT);
        assertThat(first.author()).isEmpty();
        assertThat(first.context().headings()).containsExactly("1 Comune sostenibile", "1.1 Mobilità", "1.1.1 Piste ciclabili");
        assertThat(first.context().objective()).isEqualTo(ObjectivePath.of("1 Comune sostenibile", "1.1 Mobilità", "1.1.1 Piste ciclabili"));
        assertThat(first.context().cell()).isEmpty();
        assertThat(first.context().inHeading()).isFalse();
    }

    @Test
    void consecutiveRedParagraphsAreOnePassageOnSeparateLines() {
        heading(1, "2 Comune inclusivo");
        paragraph(red("Prima riga."));
        paragraph(red("Seconda   riga."));
        paragraph(TextRun.plain("Testo nero."));
        paragraph(red("Terza."));

        assertThat(ex.passages()).extracting(Passage::text).containsExactly("Prima riga.\nSeconda riga.", "Terza.");
    }

    @Test
    void aNewHeadingClosesThePathBelowItAndARedHeadingIsAProposalInItsParent() {
        heading(1, "1 Comune sostenibile");
        heading(2, "1.1 Mobilità");
        heading(3, "1.1.1 Piste ciclabili");
        heading(2, "1.2 Energia");
        heading(3, "1.2.3 Fotovoltaico");
        ex.paragraphStart(3);
        ex.run(red("1.2.4 Comunità energetiche"));
        ex.paragraphEnd();
        paragraph(red("Costituire una CER entro il 2025."));

        List<Passage> passages = ex.passages();
        assertThat(passages.get(0).context().inHeading()).isTrue();
        assertThat(passages.get(0).context().headings()).containsExactly("1 Comune sostenibile", "1.2 Energia");
        assertThat(passages.get(1).context().objective())
                .isEqualTo(ObjectivePath.of("1 Comune sostenibile", "1.2 Energia", "1.2.4 Comunità energetiche"));
        assertThat(ex.objectives()).containsExactly(ObjectivePath.of("1 Comune sostenibile"),
                ObjectivePath.of("1 Comune sostenibile", "1.1 Mobilità"),
                ObjectivePath.of("1 Comune sostenibile", "1.1 Mobilità", "1.1.1 Piste ciclabili"),
                ObjectivePath.of("1 Comune sostenibile", "1.2 Energia"),
                ObjectivePath.of("1 Comune sostenibile", "1.2 Energia", "1.2.3 Fotovoltaico"),
                ObjectivePath.of("1 Comune sostenibile", "1.2 Energia", "1.2.4 Comunità energetiche"));
        assertThat(passages.get(0).context().objective()).isEqualTo(ObjectivePath.of("1 Comune sostenibile", "1.2 Energia"));
    }

    @Test
    void trackedChangesAreProposalsWithTheirAuthorEvenWhenNotRed() {
        paragraph(TextRun.plain("Il servizio "),
                new TextRun("sarà esteso", Optional.empty(), Revision.inserted(Optional.of("Laura Bianchi")), List.of(), Optional.empty()),
                new TextRun(" dal 2024", Optional.of("FF0000"), Revision.inserted(Optional.of("Laura Bianchi")), List.of(), Optional.empty()),
                new TextRun("vecchio testo", Optional.empty(), Revision.deleted(Optional.of("Paolo Neri")), List.of(), Optional.empty()),
                TextRun.plain(" resta."));

        assertThat(ex.passages()).extracting(Passage::kind, Passage::text, Passage::author, Passage::authorSource).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProposalKind.INSERTION, "sarà esteso dal 2024", Optional.of("Laura Bianchi"), Attribution.REVISION_AUTHOR),
                org.assertj.core.groups.Tuple.tuple(ProposalKind.DELETION, "vecchio testo", Optional.of("Paolo Neri"), Attribution.REVISION_AUTHOR));
    }

    @Test
    void theAuthorOfACommentOrOfAFormattingChangeAttributesRedText() {
        paragraph(new TextRun("sotto commento", Optional.of("FF0000"), Revision.NONE, List.of("Giulia Verdi", "Altri"), Optional.empty()),
                TextRun.plain(" e "),
                new TextRun("diventato rosso", Optional.of("FF0000"), Revision.NONE, List.of("Giulia Verdi"), Optional.of("Mario Rossi")));

        assertThat(ex.passages()).extracting(Passage::author, Passage::authorSource).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.of("Giulia Verdi"), Attribution.COMMENT_AUTHOR),
                org.assertj.core.groups.Tuple.tuple(Optional.of("Mario Rossi"), Attribution.FORMAT_AUTHOR));
    }

    @Test
    void inATableThePassageKnowsItsCellColumnHeaderRowLabelAndTheObjectiveColumns() {
        heading(1, "3 Comune digitale");
        ex.tableStart();
        row("Obiettivo strategico", "Obiettivo operativo", "Stato di attuazione");
        ex.rowStart();
        cell(1, false, TextRun.plain("3.1 Servizi online"));
        cell(2, false, TextRun.plain("3.1.1 Sportello telematico"));
        cell(3, false, TextRun.plain("Attivo. "), red("Estendere ai tributi."));
        ex.rowEnd();
        ex.rowStart();
        cell(1, true);
        cell(2, false, TextRun.plain("3.1.2 Pagamenti PagoPA"));
        cell(3, false, red("Completato"));
        ex.rowEnd();
        ex.tableEnd();

        List<Passage> passages = ex.passages();
        assertThat(passages).extracting(Passage::text).containsExactly("Estendere ai tributi.", "Completato");
        assertThat(passages.get(0).context().cell()).contains(new TableCell(1, 2, 3, "Stato di attuazione", "3.1 Servizi online"));
        assertThat(passages.get(0).context().objective())
                .isEqualTo(ObjectivePath.of("3 Comune digitale", "3.1 Servizi online", "3.1.1 Sportello telematico"));
        assertThat(passages.get(1).context().cell()).contains(new TableCell(1, 3, 3, "Stato di attuazione", "3.1 Servizi online"));
        assertThat(passages.get(1).context().objective())
                .isEqualTo(ObjectivePath.of("3 Comune digitale", "3.1 Servizi online", "3.1.2 Pagamenti PagoPA"));
        assertThat(ex.objectives()).contains(ObjectivePath.of("3 Comune digitale", "3.1 Servizi online", "3.1.2 Pagamenti PagoPA"));
    }

    @Test
    void aNewCellEndsAPassageEvenWhenBothAreRed() {
        ex.tableStart();
        ex.rowStart();
        cell(1, false, red("uno"));
        cell(2, false, red("due"));
        ex.rowEnd();
        ex.tableEnd();

        assertThat(ex.passages()).extracting(Passage::text).containsExactly("uno", "due");
        assertThat(ex.passages().get(1).context().cell()).contains(new TableCell(1, 1, 2, "due", "uno"));
    }

    @Test
    void colouredTextThatIsNotRedIsNotAProposal() {
        paragraph(TextRun.coloured("blu", "0000FF"), TextRun.coloured("arancio", "ED7D31"), TextRun.coloured("rosa", "FF6D6D"));

        assertThat(ex.passages()).isEmpty();
    }

    private void row(String... cells) {
        ex.rowStart();
        for (int i = 0; i < cells.length; i++) {
            cell(i + 1, false, TextRun.plain(cells[i]));
        }
        ex.rowEnd();
    }

    private void cell(int column, boolean continued, TextRun... runs) {
        ex.cellStart(column, continued);
        paragraph(runs);
        ex.cellEnd();
    }
}
