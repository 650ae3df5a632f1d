package it.ciclo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.directive.Act;
import it.ciclo.store.StorePath;
import it.ciclo.testing.Fixtures;
import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void theSeedHasFourActFoldersOneOfThemForTwoActs() throws Exception {
        Layout layout = Layout.of(Fixtures.seed());
        assertThat(layout.folders()).extracting(f -> f.path().toString()).containsExactly(
                Fixtures.DUP, Fixtures.PEG, Fixtures.PIAO, Fixtures.BASE + "/C_Aggiornamento PEG 2022-2024");
        assertThat(layout.folderOf("report-intermedio-piao")).get().extracting(f -> f.acts().stream().map(Act::id).toList())
                .asList().containsExactly("piao", "report-intermedio-piao");
        assertThat(layout.folderOf("relazione-performance")).isEmpty();
        assertThat(layout.folders()).allMatch(ActFolder::hasSectorFolders);
        assertThat(layout.parentsOfActFolders()).containsExactly(StorePath.of(Fixtures.BASE.split("/")));
        assertThat(layout.cycleFolder()).isEqualTo(StorePath.of(Fixtures.BASE.split("/")));
    }

    @Test
    void foldersDifferingOnlyInCaseOrSeparatorsAreTheSameFolder() throws Exception {
        String json = Fixtures.seedJson().replace("\"ATTIVITA' TRASVERSALI\\\\11_Programmazione e controllo\\\\F_PIAO 2024_2026\",\n"
                + "        \"instructions\": \"Aggiornare le schede che saranno messe a disposizione dall'Ufficio Programmazione.\"\n"
                + "      },\n      \"reports\": {\"from\": \"2024-01-01\", \"to\": \"2024-06-30\"}",
                "\"attivita' trasversali/11_programmazione e controllo/f_piao 2024_2026\",\n"
                + "        \"instructions\": \"Aggiornare le schede che saranno messe a disposizione dall'Ufficio Programmazione.\"\n"
                + "      },\n      \"reports\": {\"from\": \"2024-01-01\", \"to\": \"2024-06-30\"}");
        assertThat(json).contains("f_piao 2024_2026");
        Layout layout = Layout.of(Fixtures.directive(json));
        assertThat(layout.folders()).hasSize(4);
        assertThat(layout.folderOf("report-intermedio-piao").orElseThrow().path().toString()).isEqualTo(Fixtures.PIAO);
    }

    @Test
    void theCycleFolderIsTheDeepestFolderHoldingEveryActFolderAndTheRootWhenNoneIs() throws Exception {
        String moved = Fixtures.seedJson().replace("ATTIVITA' TRASVERSALI\\\\11_Programmazione e controllo\\\\E_PEG 2024_2026",
                "ATTIVITA' TRASVERSALI\\\\PEG 2024_2026");
        assertThat(moved).isNotEqualTo(Fixtures.seedJson());
        assertThat(Layout.of(Fixtures.directive(moved)).cycleFolder()).isEqualTo(StorePath.of("ATTIVITA' TRASVERSALI"));
        String elsewhere = Fixtures.seedJson().replace("ATTIVITA' TRASVERSALI\\\\11_Programmazione e controllo\\\\E_PEG 2024_2026",
                "PEG 2024_2026");
        assertThat(Layout.of(Fixtures.directive(elsewhere)).cycleFolder()).isEqualTo(StorePath.ROOT);
    }

    @Test
    void aSharedActHasNoSectorFolders() throws Exception {
        Layout layout = Layout.of(Fixtures.directive(sharedDup()));
        assertThat(layout.folderOf("nota-dup").orElseThrow().hasSectorFolders()).isFalse();
        assertThat(ActFolder.isShared(layout.directive().act("nota-dup").orElseThrow())).isTrue();
    }

    @Test
    void refusesFoldersThatLeaveTheRootOrNestInsideAnotherAct() {
        // A folder leading out of the root ("..") is refused already by the reader (DirectiveReaderTest);
        // an act folder inside another act's folder is only visible to the layout.
        String json = Fixtures.seedJson()
                .replace("C_Aggiornamento PEG 2022-2024\"", "D_DUP 2024_2026\\\\Affari Generali\"");
        assertThatThrownBy(() -> Layout.of(Fixtures.directive(json)))
                .isInstanceOfSatisfying(LayoutException.class, e -> {
                    assertThat(e.problems()).extracting(LayoutProblem::jsonPath)
                            .containsExactly("$.acts[4].submission.folder");
                    assertThat(e.problems().get(0).message().toString()).isEqualTo("la cartella dell'atto «report-finale-piao» ("
                            + Fixtures.DUP + "/Affari Generali) sta dentro quella dell'atto «nota-dup» (" + Fixtures.DUP
                            + "): sarebbe scambiata per la cartella di un settore");
                });
    }

    /** The seed, with the DUP update declared shared (its four files edited by everybody). */
    static String sharedDup() {
        String json = Fixtures.seedJson().replace("D_DUP 2024_2026\",", "D_DUP 2024_2026\",\n        \"shared\": true,");
        assertThat(json).contains("\"shared\": true");
        return json;
    }
}
