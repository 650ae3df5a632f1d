package it.ciclo.layout;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When a name found in a store is the name the directive wrote. Composed and decomposed Unicode
 * ({@code à} as one character or as {@code a} and a combining accent, as macOS writes it) always
 * match; case matters or not.
 */
public enum NameMatch {
    /** Equal after NFC normalisation; case counts (a Linux folder). */
    EXACT,
    /** Equal after NFC normalisation, ignoring case (a Windows or SMB share, where the server ignores it too). */
    IGNORE_CASE;

    /** A key that is equal for two names exactly when they match. */
    public String key(String name) {
        String composed = Normalizer.isNormalized(name, Normalizer.Form.NFC) ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
        // Upper then lower case folds the letters whose lower case alone does not (e.g. the Greek final sigma).
        return this == EXACT ? composed : composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code a} and {@code b} match. */
    public boolean matches(String a, String b) {
        return key(a).equals(key(b));
    }
}
