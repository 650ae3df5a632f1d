package it.ciclo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.i18n.Message;
import it.ciclo.store.StorePath;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FolderPathTest {

    private static final StorePath DUP = StorePath.of("ATTIVITA' TRASVERSALI", "11_Programmazione e controllo", "D_DUP 2024_2026");

    @Test
    void readsTheSeedFoldersWrittenTheWindowsWay() throws Exception {
        assertThat(FolderPath.parse("R:\\ATTIVITA' TRASVERSALI\\11_Programmazione e controllo\\D_DUP 2024_2026")).isEqualTo(DUP);
        assertThat(FolderPath.parse("ATTIVITA' TRASVERSALI\\11_Programmazione e controllo\\D_DUP 2024_2026")).isEqualTo(DUP);
    }

    @Test
    void acceptsSharesSlashesAndRepeatedSeparators() throws Exception {
        assertThat(FolderPath.parse("\\\\fileserver\\dati\\ATTIVITA' TRASVERSALI\\11_Programmazione e controllo\\D_DUP 2024_2026"))
                .isEqualTo(DUP);
        assertThat(FolderPath.parse("//fileserver/dati/ATTIVITA' TRASVERSALI/11_Programmazione e controllo/D_DUP 2024_2026"))
                .isEqualTo(DUP);
        assertThat(FolderPath.parse("/ATTIVITA' TRASVERSALI//11_Programmazione e controllo/./D_DUP 2024_2026/")).isEqualTo(DUP);
        assertThat(FolderPath.parse("r:/ATTIVITA' TRASVERSALI\\11_Programmazione e controllo/D_DUP 2024_2026")).isEqualTo(DUP);
    }

    @Test
    void refusesPathsThatLeaveTheRootOrNameIt() {
        assertRefused("..\\Segreteria", "layout.path.parent");
        assertRefused("R:\\ATTIVITA' TRASVERSALI\\..\\..\\etc", "layout.path.parent");
        assertRefused("ATTIVITA' TRASVERSALI/ .. /x", "layout.path.parent");
        assertRefused("R:\\ATTIVITA' TRASVERSALI\\C:\\Windows", "layout.path.name");
        assertRefused("relazione.docx:stream", "layout.path.name");
        assertRefused("\\\\fileserver", "layout.path.share");
        assertRefused("\\\\fileserver\\\\", "layout.path.share");
        assertRefused("R:\\", "layout.path.root");
        assertRefused(" / . / ", "layout.path.root");
    }

    @Test
    void refusesEveryNameAWindowsShareCannotHoldWithTheSameRule() {
        assertRefused("R:\\Programmazione\\controllo\tributi\nuova", "layout.path.name");
        assertRefused("R:\\Programmazione\\CON\\PEG", "layout.path.name");
        assertRefused("R:\\Programmazione\\lpt1.txt", "layout.path.name");
        assertRefused("R:\\Programmazione \\PEG", "layout.path.name");
        assertRefused("R:\\Programmazione.\\PEG", "layout.path.name");
        assertRefused("R:\\Programmazione\\PEG|2024", "layout.path.name");
        assertRefused("R:\\Programmazione\\PEG\u0000", "layout.path.name");
        assertRefused("R:\\" + "x".repeat(256), "layout.path.name");
    }

    @Test
    void aTabOrNewlineFromAPastedPathSaysToDoubleTheBackslashInBothLanguages() {
        String pasted = "R:\\Programmazione e controllo\tributi\nuova";
        InvalidFolderPathException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidFolderPathException.class,
                () -> FolderPath.parse(pasted));
        assertThat(e.reason().render(Message.ITALIAN)).isEqualTo("«R:\\Programmazione e controllo␉ributi␊uova»: il nome"
                + " «Programmazione e controllo␉ributi␊uova» contiene una tabulazione (\\t): in un testo JSON una barra rovesciata"
                + " seguita da una lettera è un carattere speciale (\\t, \\n, \\r, \\b, \\f); tra una cartella e l'altra scrivere"
                + " due barre \\\\ oppure la barra /");
        assertThat(e.reason().render(java.util.Locale.ENGLISH)).isEqualTo("\"R:\\Programmazione e controllo␉ributi␊uova\": the"
                + " name \"Programmazione e controllo␉ributi␊uova\" holds a tab (\\t): in a JSON text a backslash followed by a"
                + " letter is a special character (\\t, \\n, \\r, \\b, \\f); between folders write two backslashes \\\\ or the"
                + " slash /");
    }

    @Property
    void whateverIsWrittenEitherStaysInsideTheRootOrIsRefused(@ForAll String written) {
        StorePath path;
        try {
            path = FolderPath.parse(written);
        } catch (InvalidFolderPathException e) {
            return;
        }
        assertThat(path.isRoot()).isFalse();
        assertThat(path.names()).noneMatch(n -> n.strip().equals("..") || n.contains(":") || n.contains("/") || n.contains("\\"));
        assertThat(path.names()).allMatch(n -> FolderName.problem(n).isEmpty());
    }

    private static void assertRefused(String written, String key) {
        assertThatThrownBy(() -> FolderPath.parse(written)).as(written)
                .isInstanceOfSatisfying(InvalidFolderPathException.class, e -> assertThat(e.reason().key()).isEqualTo(key));
        assertThat(Message.exists(key, Message.ITALIAN) && Message.exists(key, java.util.Locale.ENGLISH)).isTrue();
    }
}
