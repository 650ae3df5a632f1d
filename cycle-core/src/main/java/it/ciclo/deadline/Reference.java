package it.ciclo.deadline;

import java.util.Objects;

/**
 * What a relative rule counts from: an event, or another act's deadline.
 */
public sealed interface Reference permits EventReference, DeadlineReference {

    /**
     * Reads a reference as the directive format writes it: {@code EVENT_ID}, or
     * {@code ACT_ID.approval} / {@code ACT_ID.submission}.
     *
     * @param text the text
     * @return the reference {@code text} writes
     * @throws IllegalArgumentException if {@code text} is neither
     */
    static Reference parse(String text) {
        Objects.requireNonNull(text, "text");
        int dot = text.indexOf('.');
        if (dot < 0) {
            return new EventReference(text);
        }
        DeadlineKind kind = DeadlineKind.fromJsonName(text.substring(dot + 1));
        if (kind == null) {
            throw new IllegalArgumentException("\"" + text + "\": after the dot expected \"approval\" or \"submission\"");
        }
        return new DeadlineReference(text.substring(0, dot), kind);
    }
}
