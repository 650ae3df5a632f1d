package it.ciclo.format;

import it.ciclo.i18n.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason a directive file is refused: where, and what was expected.
 *
 * @param location where the offending value (or the object missing a key) stands
 * @param message  what is wrong, in the reader's language when rendered
 */
public record Problem(Location location, Message message) {

    /**
     * Validates the components, each as described above.
     *
     * @param location where the offending value (or the object missing a key) stands
     * @param message what is wrong, in the reader's language when rendered
     */
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /**
     * {@code file:line:column: path: message}, in {@code locale}'s language.
     *
     * @param locale the language: English for an English locale, Italian otherwise
     * @return {@code file:line:column: path: message}, in {@code locale}'s language
     */
    public String render(Locale locale) {
        return location.position() + ": " + location.path() + ": " + message.render(locale);
    }

    @Override
    public String toString() {
        return render(Message.ITALIAN);
    }
}
