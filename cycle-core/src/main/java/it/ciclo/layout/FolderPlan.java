package it.ciclo.layout;

import it.ciclo.store.StorePath;
import java.util.List;
import java.util.Objects;

/**
 * What provisioning a store for a directive would do: the folders to create, parents first; the
 * act and sector folders already there; and the names taken by something that is not a folder.
 *
 * @param toCreate the folders to create, each after its parent
 * @param existing the act and sector folders already present, as the store spells them
 * @param blocked  where a folder is wanted but a document of that name stands (nothing is created
 *                 below it)
 */
public record FolderPlan(List<StorePath> toCreate, List<StorePath> existing, List<StorePath> blocked) {

    public FolderPlan {
        toCreate = List.copyOf(Objects.requireNonNull(toCreate, "toCreate"));
        existing = List.copyOf(Objects.requireNonNull(existing, "existing"));
        blocked = List.copyOf(Objects.requireNonNull(blocked, "blocked"));
    }

    /** Whether the store already has every folder the directive implies. */
    public boolean isComplete() {
        return toCreate.isEmpty() && blocked.isEmpty();
    }
}
