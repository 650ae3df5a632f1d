package it.ciclo.layout;

import it.ciclo.directive.Act;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Sector;
import it.ciclo.i18n.Message;
import it.ciclo.store.StorePath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The folders a directive implies, before any store is looked at: one {@link ActFolder} per distinct
 * act folder, in the order the directive first names them. Two acts name the same folder when
 * their paths match name by name ignoring case and Unicode form, since on the Comune's share they
 * would be the same folder. Immutable.
 */
public final class Layout {

    private final Directive directive;
    private final List<ActFolder> folders;

    private Layout(Directive directive, List<ActFolder> folders) {
        this.directive = directive;
        this.folders = List.copyOf(folders);
    }

    /**
     * The layout of {@code directive}.
     *
     * @param directive the directive
     * @return the layout of {@code directive}
     * @throws LayoutException if an act folder would lie outside the store's root, or inside another
     *                         act's folder (whose sector folders it would then be mistaken for)
     */
    public static Layout of(Directive directive) throws LayoutException {
        Objects.requireNonNull(directive, "directive");
        List<LayoutProblem> problems = new ArrayList<>();
        Map<StorePath, List<Act>> byKey = new LinkedHashMap<>();
        Map<StorePath, StorePath> written = new LinkedHashMap<>();
        Map<StorePath, Integer> firstIndex = new LinkedHashMap<>();
        List<Sector> sectors = directive.sectors();
        for (int i = 0; i < sectors.size(); i++) {
            int at = i;
            FolderName.problem(sectors.get(i).folder())
                    .ifPresent(m -> problems.add(new LayoutProblem("$.sectors[" + at + "].folder", m)));
        }
        List<Act> acts = directive.acts();
        for (int i = 0; i < acts.size(); i++) {
            Act act = acts.get(i);
            if (act.submission().isEmpty()) {
                continue;
            }
            StorePath path;
            try {
                path = FolderPath.parse(act.submission().get().folder());
            } catch (InvalidFolderPathException e) {
                problems.add(new LayoutProblem(folderJsonPath(i), e.reason()));
                continue;
            }
            StorePath key = key(path);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(act);
            written.putIfAbsent(key, path);
            firstIndex.putIfAbsent(key, i);
        }
        // An act folder inside another: each folder's ancestors looked up among the act folders (not every pair compared).
        List<StorePath> order = new ArrayList<>(byKey.keySet());
        Map<StorePath, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<int[]> nested = new ArrayList<>();
        for (int inner = 0; inner < order.size(); inner++) {
            List<String> names = order.get(inner).names();
            for (int depth = 1; depth < names.size(); depth++) {
                Integer outer = position.get(new StorePath(names.subList(0, depth)));
                if (outer != null) {
                    nested.add(new int[] {outer, inner});
                }
            }
        }
        nested.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        for (int[] pair : nested) {
            StorePath outer = order.get(pair[0]);
            StorePath inner = order.get(pair[1]);
            problems.add(new LayoutProblem(folderJsonPath(firstIndex.get(inner)), Message.of("layout.nested",
                    byKey.get(inner).get(0).id(), written.get(inner), byKey.get(outer).get(0).id(), written.get(outer))));
        }
        if (!problems.isEmpty()) {
            throw new LayoutException(problems);
        }
        List<ActFolder> folders = new ArrayList<>();
        byKey.forEach((key, its) -> folders.add(new ActFolder(written.get(key), its)));
        return new Layout(directive, folders);
    }

    /**
     * Where {@code $.acts[index]} writes its folder, for messages.
     *
     * @param actIndex its position in the directive
     * @return where {@code $.acts[index]} writes its folder, for messages
     */
    public static String folderJsonPath(int actIndex) {
        return "$.acts[" + actIndex + "].submission.folder";
    }

    /** {@return the directive laid out} */
    public Directive directive() {
        return directive;
    }

    /** {@return the act folders, each once, in the order the directive first names them} */
    public List<ActFolder> folders() {
        return folders;
    }

    /**
     * The folder of act {@code actId}; empty if the act asks for no files.
     *
     * @param actId the act's identifier
     * @return the folder of act {@code actId}; empty if the act asks for no files
     */
    public Optional<ActFolder> folderOf(String actId) {
        return folders.stream().filter(f -> f.acts().stream().anyMatch(a -> a.id().equals(actId))).findFirst();
    }

    /** {@return every sector of the directive, in its order} */
    public List<Sector> sectors() {
        return directive.sectors();
    }

    /**
     * The sectors that have a folder in {@code folder}: those that owe files for any of its acts
     * that is not shared, in the directive's order; none when every act in it is shared.
     *
     * @param folder the folder
     * @return the sectors that have a folder in {@code folder}: those that owe files for any of its acts that is not
     *         shared, in the directive's order; none when every act in it is shared
     */
    public List<Sector> sectorsOf(ActFolder folder) {
        return directive.sectors().stream()
                .filter(s -> folder.acts().stream().anyMatch(a -> a.submission().orElseThrow().owedBy(s.id())))
                .toList();
    }

    /** {@return how names found in a store are matched with the directive's: its rule, case ignored by default} */
    public NameMatch match() {
        return NameMatch.of(directive.files());
    }

    /**
     * This layout without {@code left} (folders a check calls wrong, which are not to be created).
     *
     * @param left the folders to leave out
     * @return this layout without {@code left} (folders a check calls wrong, which are not to be created)
     */
    public Layout without(Collection<ActFolder> left) {
        return new Layout(directive, folders.stream().filter(f -> !left.contains(f)).toList());
    }

    /**
     * The folders that directly hold act folders, each once: a file dropped there, next to the act
     * folders instead of into one, is a file put in the wrong place.
     *
     * @return the folders that directly hold act folders, each once: a file dropped there, next to the act folders
     *         instead of into one, is a file put in the wrong place
     */
    public List<StorePath> parentsOfActFolders() {
        List<StorePath> parents = new ArrayList<>();
        for (ActFolder f : folders) {
            StorePath parent = f.path().parent().orElse(StorePath.ROOT);
            if (parents.stream().noneMatch(p -> key(p).equals(key(parent)))) {
                parents.add(parent);
            }
        }
        return parents;
    }

    /**
     * The cycle's folder: the deepest folder that holds every act folder (the root when they share
     * none), where Ciclo keeps the files that go with the folders (the events register, and in a
     * repository a copy of the directive). {@code ATTIVITA' TRASVERSALI/11_Programmazione e
     * controllo} for the seed directive.
     *
     * @return the deepest folder that holds every act folder
     */
    public StorePath cycleFolder() {
        List<String> common = null;
        for (ActFolder f : folders) {
            List<String> names = f.path().parent().map(StorePath::names).orElse(List.of());
            if (common == null) {
                common = new ArrayList<>(names);
            } else {
                int i = 0;
                while (i < common.size() && i < names.size() && match().matches(common.get(i), names.get(i))) {
                    i++;
                }
                common = new ArrayList<>(common.subList(0, i));
            }
        }
        return common == null || common.isEmpty() ? StorePath.ROOT : new StorePath(common);
    }

    private static StorePath key(StorePath path) {
        return new StorePath(path.names().stream().map(NameMatch.IGNORE_CASE::key).toList());
    }
}
