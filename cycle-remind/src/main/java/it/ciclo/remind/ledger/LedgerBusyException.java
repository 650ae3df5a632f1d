package it.ciclo.remind.ledger;

import java.nio.file.Path;

/** Another run of the reminders holds the ledger's lock, and did not let go in time. */
public final class LedgerBusyException extends Exception {

    private final Path folder;

    public LedgerBusyException(Path folder) {
        super("another run of the reminders holds " + folder);
        this.folder = folder;
    }

    /** The ledger's folder. */
    public Path folder() {
        return folder;
    }
}
