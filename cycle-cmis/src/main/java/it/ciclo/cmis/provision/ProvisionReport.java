package it.ciclo.cmis.provision;

import it.ciclo.store.StorePath;
import java.util.List;
import java.util.Objects;

/**
 * What provisioning did (or, on a dry run, would do).
 *
 * @param created     the folders created, parents first
 * @param existing    the act and sector folders that were already there
 * @param changes     the properties set on folders that were already there
 * @param blocked     where a document stands in the way of a folder (nothing was done then)
 * @param permissions how many access control entries were added (0 without {@code --permissions})
 */
public record ProvisionReport(List<StorePath> created, List<StorePath> existing, List<FolderChange> changes,
        List<StorePath> blocked, int permissions) {

    /**
     * Validates the components, each as described above.
     *
     * @param created the folders created, parents first
     * @param existing the act and sector folders that were already there
     * @param changes the properties set on folders that were already there
     * @param blocked where a document stands in the way of a folder (nothing was done then)
     * @param permissions how many access control entries were added (0 without {@code --permissions})
     */
    public ProvisionReport {
        created = List.copyOf(Objects.requireNonNull(created, "created"));
        existing = List.copyOf(Objects.requireNonNull(existing, "existing"));
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
        blocked = List.copyOf(Objects.requireNonNull(blocked, "blocked"));
    }
}
