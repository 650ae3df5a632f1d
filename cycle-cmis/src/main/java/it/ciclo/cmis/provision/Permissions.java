package it.ciclo.cmis.provision;

import it.ciclo.directive.Sector;
import java.util.Objects;

/**
 * Who may do what in the folders provisioning creates: each Settore's group may write in its own
 * sector folders, and the reviewers' group may read every act folder (and so everything in it).
 * Group names are the repository's authority names; in Alfresco a group's starts with
 * {@code GROUP_}.
 *
 * @param sectorGroupPattern the group of a sector, with {@code {sector}} standing for the sector's id
 *                           (e.g. {@code GROUP_ciclo-{sector}} gives {@code GROUP_ciclo-lavori-pubblici})
 * @param reviewerGroup      the reviewers' group (the platform module's default is
 *                           {@code GROUP_CicloProgrammazione})
 */
public record Permissions(String sectorGroupPattern, String reviewerGroup) {

    /** The placeholder for a sector id in {@link #sectorGroupPattern}. */
    public static final String SECTOR = "{sector}";

    /** Alfresco-style defaults, matching the platform module's reviewer group. */
    public static final Permissions DEFAULT = new Permissions("GROUP_ciclo-" + SECTOR, "GROUP_CicloProgrammazione");

    /**
     * Validates the components, each as described above.
     *
     * @param sectorGroupPattern the group of a sector, with {@code {sector}} standing for the sector's id (e.g.
     *                           {@code GROUP_ciclo-{sector}} gives {@code GROUP_ciclo-lavori-pubblici})
     * @param reviewerGroup the reviewers' group (the platform module's default is {@code GROUP_CicloProgrammazione})
     */
    public Permissions {
        Objects.requireNonNull(sectorGroupPattern, "sectorGroupPattern");
        Objects.requireNonNull(reviewerGroup, "reviewerGroup");
        if (!sectorGroupPattern.contains(SECTOR)) {
            throw new IllegalArgumentException("the sector group pattern must contain " + SECTOR + ": " + sectorGroupPattern);
        }
    }

    /**
     * The group of {@code sector}.
     *
     * @param sector the Settore
     * @return the group of {@code sector}
     */
    public String groupOf(Sector sector) {
        return sectorGroupPattern.replace(SECTOR, sector.id());
    }
}
