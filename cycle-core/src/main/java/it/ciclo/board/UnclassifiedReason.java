package it.ciclo.board;

import it.ciclo.i18n.Localizable;
import it.ciclo.i18n.Message;
import java.util.Locale;

/** Why a file found by a scan is nobody's submission. The JSON name is stable. */
public enum UnclassifiedReason implements Localizable {
    /** Directly in a folder that holds act folders, next to them instead of inside one. */
    OUTSIDE_ACT_FOLDERS("outside-act-folders"),
    /** In an act folder, inside a folder whose name is no sector's. */
    UNKNOWN_SECTOR_FOLDER("unknown-sector-folder"),
    /**
     * Directly in an act folder whose Settori hand in files in their own folders, arrived after the
     * collection opened: a Settore's file dropped in the wrong place, to be assigned. (Files there
     * from before are the office's templates, and are not listed.)
     */
    LOOSE_IN_ACT_FOLDER("loose-in-act-folder"),
    /** In the folder of a Settore that the act does not ask for files (the act names its Settori). */
    SECTOR_NOT_ASKED("sector-not-asked"),
    /** In a subfolder of the folder of a shared act, whose files go directly in the act folder. */
    SHARED_ACT_SUBFOLDER("shared-act-subfolder"),
    /** The store could not read it, or did not follow it (a link to a folder): what it holds is unknown. */
    NOT_READ("not-read");

    private final String jsonName;

    UnclassifiedReason(String jsonName) {
        this.jsonName = jsonName;
    }

    /** {@return the stable name used in JSON and CSV} */
    public String jsonName() {
        return jsonName;
    }

    @Override
    public String describe(Locale locale) {
        return Message.of("unclassified." + jsonName).render(locale);
    }
}
