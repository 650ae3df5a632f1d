package it.ciclo.alfresco.board;

import it.ciclo.i18n.Bundles;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * What a call to the board's web scripts asks: the cycle, only the caller's sectors or all, and the
 * language of the texts ({@code lang}, else the browser's first language; Italian unless English,
 * the rule of {@link Bundles}).
 *
 * @param cycle  the cycle's id, or null for the newest
 * @param mine   whether to keep only the sectors whose group the user belongs to
 * @param locale the language of labels and messages
 */
record BoardRequest(String cycle, boolean mine, Locale locale) {

    BoardRequest {
        Objects.requireNonNull(locale, "locale");
    }

    static BoardRequest of(WebScriptRequest request) {
        String cycle = request.getParameter("cycle");
        boolean mine = "true".equalsIgnoreCase(request.getParameter("mine"));
        String lang = request.getParameter("lang");
        if (lang == null || lang.isBlank()) {
            String accept = request.getHeader("Accept-Language");
            lang = accept == null ? "" : accept.split("[,;]")[0].strip();
        }
        Locale locale = Bundles.isEnglish(Locale.forLanguageTag(lang)) ? Locale.ENGLISH : Locale.ITALIAN;
        return new BoardRequest(cycle == null || cycle.isBlank() ? null : cycle.strip(), mine, locale);
    }

    /** The text {@code key} of the board's messages in the request's language. */
    String text(String key, Object... args) {
        ResourceBundle bundle = Bundles.of("it.ciclo.alfresco.board.texts", locale);
        return MessageFormat.format(bundle.getString(key), args);
    }
}
