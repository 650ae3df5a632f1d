package it.ciclo.format;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The files Ciclo keeps beside a directive's file, named after it: for {@code direttiva-4-2023.json},
 * the events register {@code direttiva-4-2023.eventi.json}, the reminders' ledger
 * {@code .direttiva-4-2023.promemoria}. One rule for the name, so that they sit together.
 */
public final class DirectiveFiles {

    private DirectiveFiles() {
    }

    /**
     * The file or folder beside {@code directive} named {@code prefix}, the directive's name without
     * {@code .json} (in any case), and {@code suffix}.
     *
     * @param directive the directive's file
     * @param prefix what comes before the directive's name ({@code "."} for a hidden file, or empty)
     * @param suffix what comes after it ({@code ".eventi.json"}, {@code ".promemoria"})
     * @return the path beside {@code directive}, in the same folder
     */
    public static Path beside(Path directive, String prefix, String suffix) {
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        String name = directive.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return directive.resolveSibling(prefix + base + suffix);
    }
}
