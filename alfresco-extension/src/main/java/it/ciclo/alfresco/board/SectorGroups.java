package it.ciclo.alfresco.board;

import java.util.Objects;

/**
 * How a sector's group is named in the repository: a pattern with {@value #SECTOR} standing for the
 * sector's id, the same as {@code cycle init --permissions --sector-group} (default {@code
 * GROUP_ciclo-{sector}}), so that "my sectors" are the ones whose folders the user was given.
 *
 * @param pattern the group's authority name with {@value #SECTOR} in it
 */
public record SectorGroups(String pattern) {

    /** The placeholder for a sector's id. */
    public static final String SECTOR = "{sector}";

    public SectorGroups {
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.contains(SECTOR) || !pattern.startsWith("GROUP_")) {
            throw new IllegalArgumentException("ciclo.sectors.groupPattern: expected a group name with " + SECTOR
                    + " in it, e.g. GROUP_ciclo-" + SECTOR + "; was \"" + pattern + "\"");
        }
    }

    public static SectorGroups of(String pattern) {
        return new SectorGroups(pattern.strip());
    }

    /** The authority name of the group of sector {@code sectorId}. */
    public String groupOf(String sectorId) {
        return pattern.replace(SECTOR, Objects.requireNonNull(sectorId, "sectorId"));
    }
}
