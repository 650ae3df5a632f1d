package it.ciclo.cli;

import it.ciclo.i18n.Bundles;
import java.util.Locale;
import java.util.Map;

/** Which language the command speaks: {@code --lang}, else the environment's locale if English, else Italian. */
final class Languages {

    private Languages() {
    }

    /** The language asked for with {@code --lang} among {@code args}, or the default. */
    static Locale fromArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                return parse(value);
            }
        }
        return fromEnvironment(System.getenv(), Locale.getDefault());
    }

    /**
     * The language the environment asks for. On Unix the JVM reports English when no locale is set
     * at all (C, POSIX), which would make English the default on every server: so the POSIX
     * variables decide there, and only an explicit English one gives English. Where they are absent
     * (Windows), the JVM's locale decides.
     */
    static Locale fromEnvironment(Map<String, String> env, Locale jvmDefault) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return parse(value);
            }
        }
        return Bundles.isEnglish(jvmDefault) ? Locale.ENGLISH : Locale.ITALIAN;
    }

    /** {@code en} (or {@code en-GB}, ...) is English; anything else Italian. */
    static Locale parse(String value) {
        return value.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.ITALIAN;
    }
}
