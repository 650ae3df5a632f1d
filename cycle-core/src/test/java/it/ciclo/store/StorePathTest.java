package it.ciclo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorePathTest {

    @Test
    void resolvesParentsAndRelativePaths() {
        StorePath act = StorePath.of("ATTIVITA' TRASVERSALI", "D_DUP 2024_2026");
        StorePath file = act.resolve("Affari Generali").resolve("Relazione.docx");
        assertThat(file.toString()).isEqualTo("ATTIVITA' TRASVERSALI/D_DUP 2024_2026/Affari Generali/Relazione.docx");
        assertThat(file.depth()).isEqualTo(4);
        assertThat(file.name()).isEqualTo("Relazione.docx");
        assertThat(file.name(2)).isEqualTo("Affari Generali");
        assertThat(file.parent()).contains(act.resolve("Affari Generali"));
        assertThat(file.startsWith(act)).isTrue();
        assertThat(act.startsWith(file)).isFalse();
        assertThat(file.relativeTo(act)).isEqualTo(StorePath.of("Affari Generali", "Relazione.docx"));
        assertThat(StorePath.ROOT.parent()).isEmpty();
        assertThat(StorePath.ROOT.toString()).isEmpty();
        assertThat(new StorePath(List.of("a", "b"))).isEqualTo(StorePath.of("a").resolve("b")).hasSameHashCodeAs(StorePath.of("a", "b"));
    }

    @Test
    void sortsNameByNameWithAFolderBeforeItsContents() {
        assertThat(List.of(StorePath.of("b"), StorePath.of("a", "z"), StorePath.of("a")).stream().sorted().toList())
                .containsExactly(StorePath.of("a"), StorePath.of("a", "z"), StorePath.of("b"));
    }

    @Test
    void refusesNamesThatAreNotSingleEntries() {
        for (String bad : new String[] {"", ".", "..", "a/b", "a\0b"}) {
            assertThatThrownBy(() -> StorePath.of("ok", bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> StorePath.ROOT.resolve(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
