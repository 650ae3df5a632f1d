package it.ciclo.alfresco.board;

import it.ciclo.format.DirectiveDocument;
import it.ciclo.register.EventRegister;
import java.util.Objects;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * A directive as the repository holds it: the copy {@code cycle init --cmis} keeps in the cycle's
 * folder, its events register beside it, and the folder its paths start from.
 *
 * @param document  the directive
 * @param register  its events register (empty when there is none yet)
 * @param storeRoot the folder the directive's folder paths are relative to
 * @param where     where the copy is, for messages
 */
public record CycleDirective(DirectiveDocument document, EventRegister register, NodeRef storeRoot, String where) {

    public CycleDirective {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(storeRoot, "storeRoot");
        Objects.requireNonNull(where, "where");
    }

    /** The cycle's id as the board and the dashlets name it, e.g. {@code 2024-2026}. */
    public String cycle() {
        return document.directive().cycle().label();
    }
}
