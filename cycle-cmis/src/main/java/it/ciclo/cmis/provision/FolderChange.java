package it.ciclo.cmis.provision;

import it.ciclo.store.StorePath;
import java.util.Objects;
import java.util.Optional;

/**
 * One property of an act or sector folder that provisioning set to a new value: a deadline moved by
 * an event (a deferral decree), an aspect added to a folder that had none.
 *
 * @param folder   the folder
 * @param property the CMIS property id ({@code cyc:approvalDueDate})
 * @param before   the value found, as text (a date as {@code YYYY-MM-DD}); empty if none
 * @param after    the value set, as text; empty when cleared (a deadline now waiting for an event)
 */
public record FolderChange(StorePath folder, String property, Optional<String> before, Optional<String> after) {

    /**
     * Validates the components, each as described above.
     *
     * @param folder the folder
     * @param property the CMIS property id ({@code cyc:approvalDueDate})
     * @param before the value found, as text (a date as {@code YYYY-MM-DD}); empty if none
     * @param after the value set, as text; empty when cleared (a deadline now waiting for an event)
     */
    public FolderChange {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
