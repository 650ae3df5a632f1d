package it.ciclo.serve.pages;

/**
 * What every page shows at its top: the language, who is logged in, when the server last looked,
 * what went wrong last time it tried, and where the directive and the store are.
 *
 * @param lang      {@code it} or {@code en}
 * @param title     the page's title
 * @param active    which tab of the menu is this page's
 * @param user      who is logged in, or null
 * @param csrf      the session's CSRF token for the forms, or null without a session
 * @param looked    when the server last looked ("10:32")
 * @param every     how often it looks, in words
 * @param problem   why the latest look failed, or null
 * @param scan      the number of the snapshot shown (the page reloads when a newer one exists)
 * @param directive the directive, for the footer
 * @param location  the store, for the footer
 * @param other     the other language's code, for the switch
 */
public record Head(String lang, String title, String active, String user, String csrf, String looked, String every,
        String problem, long scan, String directive, String location, String other) {
}
