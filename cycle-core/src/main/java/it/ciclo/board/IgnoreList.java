package it.ciclo.board;

import it.ciclo.directive.FileRules;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The files that are never anybody's submission, by name: what Windows, macOS and office programs
 * leave in a folder by themselves (thumbnail caches, folder settings, lock and temporary files),
 * shortcuts (which point at a file elsewhere, not hand it in), hidden files, Ciclo's own events
 * register, and whatever a directive adds. A folder whose name is ignored is ignored with all it
 * holds. Immutable.
 *
 * <p>A pattern is one name in which {@code *} stands for any run of characters and {@code ?} for
 * one; case is ignored, and so is the Unicode form of accented letters.
 */
public final class IgnoreList {

    /**
     * Ciclo's own list, documented in the user guide: Word's and Excel's lock files ({@code ~$*}),
     * hidden files ({@code .*}: {@code .DS_Store}, LibreOffice's {@code .~lock.*#}, macOS's
     * {@code ._*}), Windows' thumbnail caches and folder settings, temporary files, shortcuts to
     * files and to web pages, and the files Ciclo keeps beside the act folders (the events register,
     * and in a repository the copy of the directive).
     */
    public static final List<String> BUILT_IN = List.of("~$*", ".*", "Thumbs.db", "ehthumbs.db", "desktop.ini",
            "*.tmp", "*.lnk", "*.url", "*.eventi.json", "*.direttiva.json");

    private static final IgnoreList BUILT_IN_ONLY = new IgnoreList(BUILT_IN);

    private final List<String> patterns;
    private final Pattern compiled;

    private IgnoreList(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        StringBuilder regex = new StringBuilder();
        for (String p : this.patterns) {
            regex.append(regex.length() == 0 ? "" : "|").append(glob(nfc(p)));
        }
        this.compiled = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    /** Ciclo's own list. */
    public static IgnoreList builtIn() {
        return BUILT_IN_ONLY;
    }

    /** Ciclo's own list and the patterns a directive adds. */
    public static IgnoreList of(FileRules rules) {
        Objects.requireNonNull(rules, "rules");
        if (rules.ignore().isEmpty()) {
            return BUILT_IN_ONLY;
        }
        List<String> all = new ArrayList<>(BUILT_IN);
        all.addAll(rules.ignore());
        return new IgnoreList(all);
    }

    /** Whether a file or folder named {@code name} is never a submission. */
    public boolean ignores(String name) {
        return compiled.matcher(nfc(Objects.requireNonNull(name, "name"))).matches();
    }

    /** The patterns, Ciclo's first. */
    public List<String> patterns() {
        return patterns;
    }

    private static String glob(String pattern) {
        StringBuilder regex = new StringBuilder("(?:");
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.append(')').toString();
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Override
    public String toString() {
        return "IgnoreList" + patterns;
    }
}
