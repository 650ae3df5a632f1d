package it.ciclo.register.store;

import it.ciclo.format.InvalidRegisterException;
import it.ciclo.register.EventRegister;
import it.ciclo.store.StoreException;

/**
 * Where a directive's events register is kept: a file beside the directive, a document in a
 * repository. The register is written whole and at once: a reader sees the old one or the new one,
 * never half of either; and a file or document that is not a register is never overwritten.
 */
public interface RegisterStore {

    /** {@return where the register is, as the user would name it, for messages} */
    String location();

    /**
     * The register of directive {@code directiveId}; an empty one if none was kept yet.
     *
     * @param directiveId the directive's identifier
     * @return the register of directive {@code directiveId}; an empty one if none was kept yet
     * @throws InvalidRegisterException if what is there is not a register of that directive (where
     *                                  and why)
     * @throws StoreException           if it cannot be read
     */
    EventRegister load(String directiveId) throws InvalidRegisterException, StoreException;

    /**
     * Replaces register {@code expected}, as it was loaded, with {@code updated} (which extends it).
     *
     * @param expected the register as it was read
     * @param updated the register as it is to be
     * @throws StoreException           if the register changed in the meantime (somebody else
     *                                  recorded an event: load again and retry), or it cannot be written
     * @throws InvalidRegisterException if what is there now is not a register: it is left alone
     */
    void save(EventRegister expected, EventRegister updated) throws InvalidRegisterException, StoreException;
}
