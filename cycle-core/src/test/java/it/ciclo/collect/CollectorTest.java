package it.ciclo.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import it.ciclo.format.DirectiveDocument;
import it.ciclo.format.DirectiveReader;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.objective.Action;
import it.ciclo.objective.Objective;
import it.ciclo.proposal.Attribution;
import it.ciclo.proposal.Proposal;
import it.ciclo.reader.FileProblem;
import it.ciclo.scheda.SchedaFinding;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StorePath;
import it.ciclo.testing.MemoryStore;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectorTest {

    private static final String DIRECTIVE = """
            {"id": "d", "title": "Ciclo 2024-2026", "issued": {"on": "2023-09-20", "by": "SG"},
             "cycle": {"firstYear": 2024, "lastYear": 2026},
             "sectors": [{"id": "lavori-pubblici", "name": "Settore Lavori Pubblici", "folder": "Lavori Pubblici"},
                         {"id": "servizi-persona", "name": "Settore Servizi alla Persona", "folder": "Servizi alla Persona"}],
             "acts": [
               {"id": "nota-dup", "kind": "nota-aggiornamento-dup", "title": "Nota DUP", "approval": {"on": "2023-11-15"},
                "submission": {"due": {"on": "2023-10-05"}, "folder": "D_DUP"}},
               {"id": "dup-comune", "kind": "altro", "title": "DUP condiviso", "approval": {"on": "2023-11-15"},
                "submission": {"due": {"on": "2023-10-05"}, "folder": "D_DUP_condiviso", "shared": true}},
               {"id": "piao", "kind": "piao", "title": "PIAO", "approval": {"on": "2024-01-31"},
                "submission": {"due": {"on": "2024-01-15"}, "folder": "F_PIAO"}},
               {"id": "report-finale", "kind": "report-finale-piao", "title": "Report finale", "approval": {"on": "2025-02-28"},
                "submission": {"due": {"on": "2025-02-10"}, "folder": "G_Report"}, "reports": {"from": "2024-01-01", "to": "2024-12-31"}},
               {"id": "peg", "kind": "peg", "title": "PEG", "approval": {"on": "2024-01-31"},
                "submission": {"due": {"on": "2024-01-15"}, "folder": "E_PEG"}}
             ],
             "collect": {
               "authors": {"Laura Bianchi": "servizi-persona"},
               "proposals": {"acts": ["nota-dup", "dup-comune", "peg"]},
               "schede": {"acts": ["piao", "report-finale"], "headerRow": 1,
                          "columns": {"objective": "Obiettivo", "action": "Azione", "indicator": "Indicatore", "baseline": "Baseline",
                                      "source": "Fonte", "target": "Target", "result": "Risultato"}}
             }}
            """;

    private final MemoryStore store = new MemoryStore();

    private void put(String path, String content) {
        store.withContent(new StorePath(List.of(path.split("/"))), content.getBytes(StandardCharsets.UTF_8));
    }

    private Collection collect() throws Exception {
        DirectiveDocument doc = new DirectiveReader().read(new StringReader(DIRECTIVE), "d.json");
        return new Collector(Layout.of(doc.directive()), doc.collect(), ScriptedReaders.all(), NameMatch.EXACT)
                .run(store, CollectListener.NONE);
    }

    @Test
    void aSectorsCopyGivesItsOwnRedTextAttributedToItsFolderAndNotWhatRepeatsTheTemplate() throws Exception {
        put("D_DUP/Indirizzo 1.docx", "# 1 1 Comune sostenibile\n# 3 1.1.1 Piste ciclabili\nStato: {red:Inserire qui le proposte}");
        put("D_DUP/Lavori Pubblici/Indirizzo 1.docx",
                "# 1 1 Comune sostenibile\n# 3 1.1.1 Piste ciclabili\nStato: {red:Inserire qui le proposte} {red:tratto nord nel 2025}");
        put("D_DUP/Lavori Pubblici/~$dirizzo 1.docx", "lock");
        put("D_DUP/Lavori Pubblici/note.pdf", "%PDF");
        put("D_DUP/Servizi alla Persona/Indirizzo 1.docx", "ENCRYPTED");

        Collection c = collect();

        assertThat(c.proposals()).extracting(p -> p.passage().text(), Proposal::sector, Proposal::attribution, Proposal::act)
                .containsExactly(tuple("tratto nord nel 2025", Optional.of("lavori-pubblici"), Attribution.FOLDER, "nota-dup"));
        assertThat(c.proposals().get(0).passage().context().objective().titles())
                .containsExactly("1 Comune sostenibile", "1.1.1 Piste ciclabili");
        assertThat(c.skipped()).extracting(s -> s.path().toString(), s -> s.problem()).containsExactly(
                tuple("D_DUP/Lavori Pubblici/note.pdf", FileProblem.UNSUPPORTED),
                tuple("D_DUP/Servizi alla Persona/Indirizzo 1.docx", FileProblem.ENCRYPTED));
        assertThat(c.filesRead()).extracting(StorePath::toString)
                .containsExactlyInAnyOrder("D_DUP/Lavori Pubblici/Indirizzo 1.docx", "D_DUP/Indirizzo 1.docx");
        assertThat(c.foldersMissing()).extracting(StorePath::toString).containsExactly("D_DUP_condiviso", "F_PIAO", "G_Report", "E_PEG");
    }

    @Test
    void inASharedFileEachProposalGoesToItsAuthorsSectorAndAnUnmappedAuthorIsSaid() throws Exception {
        put("D_DUP_condiviso/Indirizzo 2.docx",
                "# 1 2 Comune inclusivo\nIl servizio {ins:Laura Bianchi:sarà esteso} e {com:Ignoto Rossi:nuovo centro} poi {red:senza autore}");

        Collection c = collect();

        assertThat(c.proposals()).extracting(p -> p.passage().text(), Proposal::sector, Proposal::attribution,
                p -> p.passage().author()).containsExactly(
                tuple("sarà esteso", Optional.of("servizi-persona"), Attribution.REVISION_AUTHOR, Optional.of("Laura Bianchi")),
                tuple("nuovo centro", Optional.empty(), Attribution.NONE, Optional.of("Ignoto Rossi")),
                tuple("senza autore", Optional.empty(), Attribution.NONE, Optional.empty()));
    }

    @Test
    void aFileOverTheSizeLimitIsNotEvenOpened() throws Exception {
        store.with(StoreEntry.document(StorePath.of("D_DUP", "Lavori Pubblici", "enorme.docx"), 5_000_000, java.time.Instant.EPOCH));

        Collection c = collect();

        assertThat(c.skipped()).singleElement().satisfies(s -> {
            assertThat(s.problem()).isEqualTo(FileProblem.TOO_LARGE);
            assertThat(s.detail().render(Locale.ITALIAN)).isEqualTo("4.8 MB, oltre il limite di 0.0 MB per file");
        });
    }

    @Test
    void schedeAreCheckedAgainstThePlanAndLinkedUnderTheDupsObjectives() throws Exception {
        put("D_DUP/Lavori Pubblici/Indirizzo 1.docx", "# 1 1 Comune sostenibile\n# 2 1.1 Mobilità\n# 3 1.1.1 Piste ciclabili\ntesto");
        put("F_PIAO/Lavori Pubblici/Scheda.xlsx", """
                Obiettivo\tAzione\tIndicatore\tBaseline\tFonte\tTarget
                1.1.1\tPista nord\tKm realizzati\t0\tUfficio tecnico\t3 km
                \t\tUtenti al giorno\t\tContapersone\t200
                9.9\tAzione orfana\tN. interventi\t0\tUfficio\tmigliorare""");
        put("G_Report/Lavori Pubblici/Scheda.xlsx", """
                Obiettivo\tAzione\tIndicatore\tBaseline\tFonte\tTarget\tRisultato
                1.1.1\tPista nord\tKm realizzati\t0\tUfficio tecnico\t3 km\t2 km
                1.1.1\tAzione nuova\tN.\t0\tUfficio\t1\t1""");

        Collection c = collect();

        assertThat(c.rows()).hasSize(5);
        assertThat(c.findings()).extracting(f -> f.issue().jsonName(), f -> f.at().toString()).containsExactly(
                tuple("baseline-missing", "F_PIAO/Lavori Pubblici/Scheda.xlsx!Foglio1!D3"),
                tuple("objective-not-in-dup", "F_PIAO/Lavori Pubblici/Scheda.xlsx!Foglio1!A4"),
                tuple("action-not-reported", "F_PIAO/Lavori Pubblici/Scheda.xlsx!Foglio1!B4"),
                tuple("target-not-measurable", "F_PIAO/Lavori Pubblici/Scheda.xlsx!Foglio1!F4"),
                tuple("gap-unexplained", "G_Report/Lavori Pubblici/Scheda.xlsx!Foglio1!G2"),
                tuple("action-not-in-plan", "G_Report/Lavori Pubblici/Scheda.xlsx!Foglio1!B3"));
        Objective piste = c.tree().directions().get(0).children().get(0).children().get(0);
        assertThat(piste.title()).isEqualTo("1.1.1 Piste ciclabili");
        assertThat(piste.actions()).extracting(Action::title).containsExactly("Pista nord", "Azione nuova");
        assertThat(piste.actions().get(0).indicators()).extracting(i -> i.name() + "=" + i.result())
                .containsExactly("Km realizzati=2 km", "Utenti al giorno=");
        assertThat(c.tree().unlinked()).extracting(Action::title).containsExactly("Azione orfana");
        List<SchedaFinding> severe = new ArrayList<>(c.findings());
        severe.removeIf(f -> f.severity() != it.ciclo.check.Severity.ERROR);
        assertThat(severe).isEmpty();
    }

    @Test
    void readingChangesNothingInTheStore() throws Exception {
        put("D_DUP/Lavori Pubblici/Indirizzo 1.docx", "{red:x}");
        List<StoreEntry> before = store.children(StorePath.of("D_DUP", "Lavori Pubblici")).toList();

        collect();

        assertThat(store.children(StorePath.of("D_DUP", "Lavori Pubblici")).toList()).isEqualTo(before);
        assertThat(store.children(StorePath.ROOT).map(StoreEntry::name).toList()).containsExactly("D_DUP");
    }
}
