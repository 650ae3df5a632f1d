package it.ciclo.board;

import it.ciclo.directive.Sector;
import java.util.Objects;

/**
 * One sector's submission for one act.
 *
 * @param sector   the sector
 * @param standing where it stands
 */
public record SectorStanding(Sector sector, Standing standing) {

    /**
     * Validates the components, each as described above.
     *
     * @param sector the sector
     * @param standing where it stands
     */
    public SectorStanding {
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(standing, "standing");
    }
}
