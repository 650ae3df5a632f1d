package it.ciclo.register;

import java.time.Instant;

/** One entry of the events register, numbered from 1 in the order it was made. */
public sealed interface RegisterEntry permits EventRecorded, RecordUndone {

    /** Its number in the register, from 1. */
    int number();

    /** The event it is about, as the directive declares it. */
    String eventId();

    /** Who made it. */
    String by();

    /** When it was made. */
    Instant at();
}
