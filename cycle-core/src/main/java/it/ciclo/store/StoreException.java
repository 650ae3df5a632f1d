package it.ciclo.store;

import it.ciclo.i18n.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * A store could not do what was asked with one path: the path, and why, in words the user can act
 * on (a {@link Message} with a {@code store.*} key, rendered in the user's language).
 */
public final class StoreException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient StorePath path;
    private final transient Message reason;

    /**
     * @param path   the entry concerned
     * @param reason why; its first argument is conventionally the path as the user knows it
     * @param cause  the underlying failure, or null
     */
    public StoreException(StorePath path, Message reason, Throwable cause) {
        super(null, cause);
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * The failure behind {@code e}, thrown while reading the {@link DocumentStore#children} stream
     * of {@code folder}: its cause if that is a store exception, else one that says {@code folder}
     * could not be read.
     *
     * @param folder the folder
     * @param e the failure
     * @return the failure behind {@code e}, thrown while reading the {@link DocumentStore#children} stream of {@code
     *         folder}: its cause if that is a store exception, else one that says {@code folder} could not be read
     */
    public static StoreException unwrap(StorePath folder, UncheckedIOException e) {
        if (e.getCause() instanceof StoreException s) {
            return s;
        }
        return new StoreException(folder, Message.of("store.unreadable", folder,
                Message.of("store.cause.other", String.valueOf(e.getCause().getMessage()))), e.getCause());
    }

    /**
     * A link at {@code path} that leads nowhere (missing target, or a circle of links), passed over.
     *
     * @param path the entry concerned
     * @return a link at {@code path} that leads nowhere (missing target, or a circle of links), passed over
     */
    public static StoreException brokenLink(StorePath path) {
        return new StoreException(path, Message.of("store.link.nowhere", path), null);
    }

    /** {@return the entry concerned} */
    public StorePath path() {
        return path;
    }

    /** {@return why, to render in the user's language} */
    public Message reason() {
        return reason;
    }

    /**
     * The reason in {@code locale}'s language.
     *
     * @param locale the language: English for an English locale, Italian otherwise
     * @return the reason in {@code locale}'s language
     */
    public String render(Locale locale) {
        return reason.render(locale);
    }

    @Override
    public String getMessage() {
        return render(Message.ITALIAN);
    }
}
