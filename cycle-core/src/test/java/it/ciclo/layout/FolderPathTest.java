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
        assertRefused("R:\\ATTIVITA' TRASVERSALI\\C:\\Windows", "layout.path.colon");
        assertRefused("relazione.docx:stream", "layout.path.colon");
        assertRefused("\\\\fileserver", "layout.path.share");
        assertRefused("\\\\fileserver\\\\", "layout.path.share");
        assertRefused("R:\\", "layout.path.root");
        assertRefused(" / . / ", "layout.path.root");
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
    }

    private static void assertRefused(String written, String key) {
        assertThatThrownBy(() -> FolderPath.parse(written)).as(written)
                .isInstanceOfSatisfying(InvalidFolderPathException.class, e -> assertThat(e.reason().key()).isEqualTo(key));
        assertThat(Message.exists(key, Message.ITALIAN) && Message.exists(key, java.util.Locale.ENGLISH)).isTrue();
    }
}
