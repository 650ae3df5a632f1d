package it.ciclo.testing;

import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.TreeVisitor;
import java.util.ArrayList;
import java.util.List;

/** Writes down what a walk visits, in order: {@code folder P}, {@code document P}, {@code failed P: message}. */
public final class RecordingVisitor implements TreeVisitor {

    public final List<String> seen = new ArrayList<>();
    public final List<StoreEntry> documents = new ArrayList<>();
    public final List<StoreException> failures = new ArrayList<>();

    @Override
    public boolean folder(StoreEntry folder) {
        seen.add("folder " + folder.path());
        return true;
    }

    @Override
    public void document(StoreEntry document) {
        seen.add("document " + document.path());
        documents.add(document);
    }

    @Override
    public void failed(StoreException problem) {
        seen.add("failed " + problem.path() + ": " + problem.getMessage());
        failures.add(problem);
    }
}
