package it.ciclo.serve.pages;

import it.ciclo.i18n.Texts;
import java.util.Locale;

/** The pages' words, from {@code it/ciclo/serve/pages*.properties}. */
public final class PageText {

    private final Texts texts;

    public PageText(Locale locale) {
        this.texts = new Texts("it.ciclo.serve.pages", locale);
    }

    public Locale locale() {
        return texts.locale();
    }

    public String get(String key, Object... args) {
        return texts.get(key, args);
    }

    public boolean has(String key) {
        return texts.has(key);
    }
}
