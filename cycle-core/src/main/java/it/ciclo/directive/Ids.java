package it.ciclo.directive;

import java.util.Objects;
import java.util.regex.Pattern;

/** The one rule for identifiers of acts, events and sectors: lower-case words joined by hyphens. */
public final class Ids {

    /** Letters, digits and hyphens, starting with a letter; no dots (they separate references). */
    public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private Ids() {
    }

    /** Whether {@code id} is a valid identifier. */
    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }

    /**
     * Returns {@code id} if valid.
     *
     * @throws IllegalArgumentException naming {@code what} when it is not
     */
    public static String require(String id, String what) {
        Objects.requireNonNull(id, what);
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + ": \"" + id + "\" is not an identifier (expected "
                    + PATTERN.pattern() + ")");
        }
        return id;
    }
}
