package it.ciclo.alfresco.review;

import java.time.Instant;
import org.activiti.engine.impl.context.Context;

/**
 * The engine's idea of now. Delegates ask the engine rather than the JVM so that everything a
 * process records agrees with its timers (and so that tests can move time with the engine's clock).
 */
final class EngineClock {

    private EngineClock() {
    }

    /** The current time of the engine running the calling delegate. */
    static Instant now() {
        return Context.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
    }
}
