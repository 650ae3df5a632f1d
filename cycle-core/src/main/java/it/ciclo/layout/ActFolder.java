package it.ciclo.layout;

import it.ciclo.directive.Act;
import it.ciclo.store.StorePath;
import java.util.List;
import java.util.Objects;

/**
 * One act folder and the acts whose files go in it: usually one act, but a directive may send
 * several acts to the same folder (the seed's PIAO and its interim report), and then the files in
 * it count for each of them.
 *
 * @param path the folder, as the first of its acts writes it
 * @param acts the acts, in the directive's order; at least one
 */
public record ActFolder(StorePath path, List<Act> acts) {

    /**
     * Validates the components, each as described above.
     *
     * @param path the folder, as the first of its acts writes it
     * @param acts the acts, in the directive's order; at least one
     */
    public ActFolder {
        Objects.requireNonNull(path, "path");
        acts = List.copyOf(Objects.requireNonNull(acts, "acts"));
        if (acts.isEmpty() || acts.stream().anyMatch(a -> a.submission().isEmpty())) {
            throw new IllegalArgumentException("an act folder belongs to at least one act with a submission: " + path);
        }
    }

    /** {@return whether some act in it wants one folder per sector (any act that is not shared)} */
    public boolean hasSectorFolders() {
        return acts.stream().anyMatch(a -> !isShared(a));
    }

    /**
     * Whether the act's Settori all edit the same files, directly in the act folder.
     *
     * @param act the act
     * @return whether the act's Settori all edit the same files, directly in the act folder
     */
    public static boolean isShared(Act act) {
        return act.submission().map(s -> s.shared()).orElse(false);
    }
}
