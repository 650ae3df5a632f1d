package it.ciclo.register;

import java.time.Instant;

/** One entry of the events register, numbered from 1 in the order it was made. */
public sealed interface RegisterEntry permits EventRecorded, RecordUndone {

    /** {@return its number in the register, from 1} */
    int number();

    /** {@return the event it is about, as the directive declares it} */
    String eventId();

    /** {@return who made it} */
    String by();

    /** {@return when it was made} */
    Instant at();
}
