package it.ciclo.layout;

import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import java.util.List;
import java.util.Objects;

/**
 * What provisioning a store for a directive would do: the folders to create, parents first; the
 * act and sector folders already there; the names taken by something that is not a folder; the
 * existing folders in which the store would refuse to create; the links that lead nowhere, passed
 * over. A plan with anything blocked or refused is not applied at all, so that the dry run and the
 * real run do the same, and a refusal comes before any folder is created.
 *
 * @param toCreate    the folders to create, each after its parent
 * @param existing    the act and sector folders already present, as the store spells them
 * @param blocked     where a folder is wanted but something else of that name stands (a document,
 *                    or a link that leads nowhere): nothing is created below it
 * @param refused     existing folders in which a folder is to be created but the store would refuse
 *                    (reached through a link that leads outside the store, read-only), with why
 * @param brokenLinks links that lead nowhere seen on the way, passed over
 */
public record FolderPlan(List<StorePath> toCreate, List<StorePath> existing, List<StorePath> blocked,
        List<StoreException> refused, List<StorePath> brokenLinks) {

    /**
     * Validates the components, each as described above.
     *
     * @param toCreate the folders to create, each after its parent
     * @param existing the act and sector folders already present, as the store spells them
     * @param blocked where a folder is wanted but something else of that name stands (a document, or a link that
     *                leads nowhere): nothing is created below it
     * @param refused existing folders in which a folder is to be created but the store would refuse (reached through
     *                a link that leads outside the store, read-only), with why
     * @param brokenLinks links that lead nowhere seen on the way, passed over
     */
    public FolderPlan {
        toCreate = List.copyOf(Objects.requireNonNull(toCreate, "toCreate"));
        existing = List.copyOf(Objects.requireNonNull(existing, "existing"));
        blocked = List.copyOf(Objects.requireNonNull(blocked, "blocked"));
        refused = List.copyOf(Objects.requireNonNull(refused, "refused"));
        brokenLinks = List.copyOf(Objects.requireNonNull(brokenLinks, "brokenLinks"));
    }

    /**
     * A plan with nothing refused and no link passed over.
     *
     * @param toCreate the folders to create, each after its parent
     * @param existing the act and sector folders already present, as the store spells them
     * @param blocked where a folder is wanted but something else of that name stands (a document, or a link that
     *                leads nowhere): nothing is created below it
     */
    public FolderPlan(List<StorePath> toCreate, List<StorePath> existing, List<StorePath> blocked) {
        this(toCreate, existing, blocked, List.of(), List.of());
    }

    /** {@return whether the store already has every folder the directive implies} */
    public boolean isComplete() {
        return toCreate.isEmpty() && blocked.isEmpty() && refused.isEmpty();
    }

    /** {@return whether the plan can be applied: nothing blocked, nothing the store would refuse} */
    public boolean canApply() {
        return blocked.isEmpty() && refused.isEmpty();
    }
}
