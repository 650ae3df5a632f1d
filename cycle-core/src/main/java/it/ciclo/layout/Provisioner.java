package it.ciclo.layout;

import it.ciclo.directive.Sector;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Creates in a store the folders a directive implies: each act folder (with any missing parents)
 * and, in each act folder that has them, one folder per sector that owes files for its acts.
 * Idempotent: a folder already there, under any spelling that matches by the directive's rule
 * (Unicode form always, case too unless the directive asks for case to count), is left alone, since
 * creating a twin that differs only in case would confuse every Windows client of the share. Creates
 * folders and nothing else.
 */
public final class Provisioner {

    private final Layout layout;

    /**
     * @param layout the folders the directive implies
     */
    public Provisioner(Layout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * What provisioning {@code store} would do; changes nothing.
     *
     * @param store the store
     * @return what provisioning {@code store} would do; changes nothing
     * @throws StoreException if a folder on the way cannot be listed
     */
    public FolderPlan plan(DocumentStore store) throws StoreException {
        FolderFinder finder = new FolderFinder(store, layout.match());
        Set<StorePath> toCreate = new LinkedHashSet<>();
        Set<StorePath> existing = new LinkedHashSet<>();
        Set<StorePath> blocked = new LinkedHashSet<>();
        for (ActFolder folder : layout.folders()) {
            Optional<StorePath> act = ensure(finder, StorePath.ROOT, folder.path().names(), toCreate, blocked);
            if (act.isEmpty()) {
                continue;
            }
            if (!toCreate.contains(act.get())) {
                existing.add(act.get());
            }
            if (folder.hasSectorFolders()) {
                for (Sector sector : layout.sectorsOf(folder)) {
                    ensure(finder, act.get(), List.of(sector.folder()), toCreate, blocked)
                            .filter(p -> !toCreate.contains(p))
                            .ifPresent(existing::add);
                }
            }
        }
        // Where the store would refuse a folder, found now rather than halfway through creating them.
        List<StoreException> refused = new ArrayList<>();
        Set<StorePath> parents = new LinkedHashSet<>();
        for (StorePath path : toCreate) {
            StorePath parent = path.parent().orElseThrow();
            if (!toCreate.contains(parent) && parents.add(parent)) {
                try {
                    store.checkCanCreateIn(parent);
                } catch (StoreException e) {
                    refused.add(e);
                }
            }
        }
        return new FolderPlan(new ArrayList<>(toCreate), new ArrayList<>(existing), new ArrayList<>(blocked), refused,
                finder.brokenLinks());
    }

    /**
     * Creates the folders {@code plan} lists, parents first, telling {@code created} of each as soon
     * as it exists. Stops at the first failure; what was created until then stays, and a second run
     * picks up from there.
     *
     * @param plan what to do
     * @param store the store
     * @param created told of each folder created
     * @throws IllegalArgumentException if the plan cannot be applied ({@link FolderPlan#canApply}):
     *                                  callers show its refusals instead
     * @throws StoreException if a folder cannot be created (including when something took its name
     *                        since the plan was made: nothing is ever replaced)
     */
    public void apply(FolderPlan plan, DocumentStore store, Consumer<StorePath> created) throws StoreException {
        if (!plan.canApply()) {
            throw new IllegalArgumentException("a plan with folders blocked or refused is not applied");
        }
        for (StorePath path : plan.toCreate()) {
            store.createFolder(path);
            created.accept(path);
        }
    }

    /**
     * Follows {@code names} down from {@code start}, using existing folders where they match and
     * planning the rest; the folder reached, or empty if a document blocks the way.
     */
    private static Optional<StorePath> ensure(FolderFinder finder, StorePath start, List<String> names,
            Set<StorePath> toCreate, Set<StorePath> blocked) throws StoreException {
        StorePath at = start;
        for (String name : names) {
            if (toCreate.contains(at)) {
                at = at.resolve(name);
                toCreate.add(at);
                continue;
            }
            List<StoreEntry> found = finder.named(at, name);
            Optional<StoreEntry> folder = found.stream().filter(StoreEntry::isFolder).findFirst();
            if (folder.isPresent()) {
                at = folder.get().path();
            } else if (!found.isEmpty()) {
                blocked.add(found.get(0).path());
                return Optional.empty();
            } else {
                at = at.resolve(name);
                toCreate.add(at);
            }
        }
        return Optional.of(at);
    }
}
