package it.ciclo.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.testing.MemoryStore;
import it.ciclo.testing.RecordingVisitor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The SPI's own walk, which a repository store without links inherits. */
class DefaultWalkTest {

    @Test
    void reportsAFolderItCannotListAndGoesOn() {
        StorePath act = StorePath.of("Atto");
        MemoryStore store = new MemoryStore()
                .with(StoreEntry.document(act.resolve("A").resolve("a.docx"), 1, Instant.EPOCH))
                .with(StoreEntry.document(act.resolve("B").resolve("b.docx"), 1, Instant.EPOCH))
                .with(StoreEntry.document(act.resolve("C").resolve("c.docx"), 1, Instant.EPOCH))
                .failing(act.resolve("B"));
        RecordingVisitor visitor = new RecordingVisitor();
        store.walk(act, visitor);
        assertThat(visitor.seen).containsExactly("folder Atto", "folder Atto/A", "document Atto/A/a.docx", "folder Atto/B",
                "failed Atto/B: Atto/B: impossibile leggere (permesso negato)", "folder Atto/C", "document Atto/C/c.docx");
    }

    @Test
    void reportsAMissingStartAsAFailure() {
        RecordingVisitor visitor = new RecordingVisitor();
        new MemoryStore().walk(StorePath.of("nowhere"), visitor);
        assertThat(visitor.seen).containsExactly("failed nowhere: nowhere: non esiste");
    }
}
