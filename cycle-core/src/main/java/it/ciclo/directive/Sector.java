package it.ciclo.directive;

import java.util.List;
import java.util.Objects;

/**
 * A Settore of the Comune, headed by a Responsabile di Settore, which hands in files for the acts.
 *
 * @param id     the identifier
 * @param name   the name people use ("Settore Lavori Pubblici")
 * @param folder   the name of the sector's own folder inside each act folder
 * @param contacts who its reminders go to, in order; none if the directive names nobody
 */
public record Sector(String id, String name, String folder, List<Contact> contacts) {

    /**
     * Validates the components, each as described above.
     *
     * @param id the identifier
     * @param name the name people use ("Settore Lavori Pubblici")
     * @param folder the name of the sector's own folder inside each act folder
     * @param contacts who its reminders go to, in order; none if the directive names nobody
     * @throws IllegalArgumentException if the id is not a valid identifier, or the folder is blank or holds a
     *                                  {@code /} or {@code \}
     */
    public Sector {
        Ids.require(id, "sector id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
        if (folder.isBlank() || folder.contains("/") || folder.contains("\\")) {
            throw new IllegalArgumentException("sector folder must be a single, non-blank folder name: \"" + folder + "\"");
        }
        contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts"));
    }

    /**
     * A sector nobody is named for: no contacts, so no reminders.
     *
     * @param id the identifier
     * @param name the name people use ("Settore Lavori Pubblici")
     * @param folder the name of the sector's own folder inside each act folder
     */
    public Sector(String id, String name, String folder) {
        this(id, name, folder, List.of());
    }
}
