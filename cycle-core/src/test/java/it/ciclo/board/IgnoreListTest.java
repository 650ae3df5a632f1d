package it.ciclo.board;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.directive.FileRules;
import it.ciclo.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IgnoreListTest {

    @Test
    void ciclosOwnListLeavesOutWhatProgramsAndSystemsWrite() {
        IgnoreList list = IgnoreList.builtIn();
        assertThat(List.of("Thumbs.db", "THUMBS.DB", "ehthumbs.db", "desktop.ini", "Desktop.ini", "~$ta DUP SF.docx",
                ".DS_Store", "._Relazione.docx", ".~lock.Azioni.xlsx#", "~WRL0001.tmp", "Azioni.docx.tmp",
                "Azioni - collegamento.lnk", "Portale.url", "direttiva-4-2023.eventi.json", "direttiva-4-2023.direttiva.json"))
                .allMatch(list::ignores);
        assertThat(List.of("Azioni PEG.docx", "Thumbs.db.docx", "tmp.docx", "Relazione~$.docx", "link.pdf", "eventi.json"))
                .noneMatch(list::ignores);
    }

    @Test
    void aDirectiveAddsPatternsWithWildcardsIgnoringCaseAndAccentForm() {
        IgnoreList list = IgnoreList.of(new FileRules(false, List.of("*.bak", "Copia di *", "bozza-??.docx", "perché*"),
                Optional.empty()));
        assertThat(list.ignores("Azioni.BAK")).isTrue();
        assertThat(list.ignores("copia di Azioni.docx")).isTrue();
        assertThat(list.ignores("bozza-01.docx")).isTrue();
        assertThat(list.ignores("bozza-1.docx")).isFalse();
        assertThat(list.ignores(Fixtures.nfd("Perché no.docx"))).isTrue();
        assertThat(list.ignores("Azioni (1).docx")).as("regex characters are plain").isFalse();
        assertThat(IgnoreList.of(new FileRules(false, List.of("(1)*"), Optional.empty())).ignores("(1) Azioni.docx")).isTrue();
        assertThat(list.patterns()).startsWith(IgnoreList.BUILT_IN.toArray(String[]::new)).endsWith("perché*");
    }
}
