package it.ciclo.directive;

import java.util.Objects;
import java.util.regex.Pattern;

/** The one rule for identifiers of acts, events and sectors: lower-case words joined by hyphens. */
public final class Ids {

    /** Letters, digits and hyphens, starting with a letter; no dots (they separate references). */
    public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private Ids() {
    }

    /**
     * Whether {@code id} is a valid identifier.
     *
     * @param id the identifier
     * @return whether {@code id} is a valid identifier
     */
    public static boolean isValid(String id) {
        // Same language as PATTERN, without a Matcher per call: references are validated on every lookup.
        if (id == null || id.isEmpty() || !lower(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' ? id.charAt(i - 1) == '-' || i == id.length() - 1 : !lower(c) && !digit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Returns {@code id} if valid.
     *
     * @param id the identifier
     * @param what what
     * @return {@code id}, valid
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
