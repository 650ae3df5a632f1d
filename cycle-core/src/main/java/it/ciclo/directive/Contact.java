package it.ciclo.directive;

import java.util.Objects;

/**
 * Someone reminders are sent to: a Responsabile di Settore (or a deputy), the Ufficio Programmazione.
 *
 * @param name  the name to write in the greeting and the {@code To:} header; may be empty
 * @param email the e-mail address (a PEC address is one too)
 */
public record Contact(String name, String email) {

    /**
     * Validates the components, each as described above.
     *
     * @param name the name to write in the greeting and the {@code To:} header; may be empty
     * @param email the e-mail address (a PEC address is one too)
     * @throws IllegalArgumentException if {@code email} is not an address mail can go to ({@link #isEmail(String)})
     */
    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (!isEmail(email)) {
            throw new IllegalArgumentException("not an e-mail address: \"" + email + "\"");
        }
    }

    /**
     * Whether {@code text} is an address mail can go to: {@code local@domain}, one {@code @}, a domain
     * of at least two dot-separated labels of letters, digits and hyphens, and nothing a mail header
     * could be forged with (spaces, angle brackets, commas, quotes, control characters). Stricter than
     * RFC 5322 on purpose: these are office addresses, and a slip is better caught in the directive.
     *
     * @param text an e-mail address, as the directive writes it
     * @return whether {@code text} is an address mail can go to
     */
    public static boolean isEmail(String text) {
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1 || text.length() > 254) {
            return false;
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c <= ' ' || c >= 127 || "<>()[]\\,;:\"".indexOf(c) >= 0) {
                return false;
            }
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }
}
