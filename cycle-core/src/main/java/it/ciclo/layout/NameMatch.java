package it.ciclo.layout;

import it.ciclo.directive.FileRules;
import java.text.Normalizer;
import java.util.Locale;

/**
 * When a name found in a store is the name the directive wrote. Composed and decomposed Unicode
 * ({@code à} as one character or as {@code a} and a combining accent, as macOS writes it) always
 * match; case matters or not. One rule serves every command and every store: the directive's
 * ({@link #of}), ignoring case unless it says otherwise, as a Windows share and Alfresco do.
 */
public enum NameMatch {
    /** Equal after NFC normalisation; case counts (a Linux folder). */
    EXACT,
    /** Equal after NFC normalisation, ignoring case (a Windows or SMB share, where the server ignores it too). */
    IGNORE_CASE;

    /**
     * The rule a directive sets: case ignored unless it asks for case to count ({@code files.matchCase}).
     *
     * @param rules the rules
     * @return the rule a directive sets: case ignored unless it asks for case to count ({@code files.matchCase})
     */
    public static NameMatch of(FileRules rules) {
        return rules.matchCase() ? EXACT : IGNORE_CASE;
    }

    /**
     * A key that is equal for two names exactly when they match.
     *
     * @param name the name
     * @return a key that is equal for two names exactly when they match
     */
    public String key(String name) {
        String composed = Normalizer.isNormalized(name, Normalizer.Form.NFC) ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
        // Upper then lower case folds the letters whose lower case alone does not (e.g. the Greek final sigma).
        return this == EXACT ? composed : composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code a} and {@code b} match.
     *
     * @param a one name
     * @param b the other name
     * @return whether {@code a} and {@code b} match
     */
    public boolean matches(String a, String b) {
        return key(a).equals(key(b));
    }
}
