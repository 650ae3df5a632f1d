package it.ciclo.board;

import it.ciclo.directive.FileRules;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

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
    /** The patterns, composed and case-folded, as arrays of code points, {@code *} and {@code ?} kept as such. */
    private final int[][] folded;

    private IgnoreList(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        this.folded = this.patterns.stream().map(p -> fold(nfc(p))).toArray(int[][]::new);
    }

    /** {@return Ciclo's own list} */
    public static IgnoreList builtIn() {
        return BUILT_IN_ONLY;
    }

    /**
     * Ciclo's own list and the patterns a directive adds.
     *
     * @param rules the rules
     * @return Ciclo's own list and the patterns a directive adds
     */
    public static IgnoreList of(FileRules rules) {
        Objects.requireNonNull(rules, "rules");
        if (rules.ignore().isEmpty()) {
            return BUILT_IN_ONLY;
        }
        List<String> all = new ArrayList<>(BUILT_IN);
        all.addAll(rules.ignore());
        return new IgnoreList(all);
    }

    /**
     * Whether a file or folder named {@code name} is never a submission. Asked of every file a scan
     * sees, so matched by hand (a glob on case-folded code points, no regular expression, no
     * normalisation of a name that is plain ASCII).
     *
     * @param name the name
     * @return whether a file or folder named {@code name} is never a submission
     */
    public boolean ignores(String name) {
        String composed = nfc(Objects.requireNonNull(name, "name"));
        int[] folded = composed.length() == composed.codePointCount(0, composed.length()) ? null : fold(composed);
        for (int[] pattern : this.folded) {
            boolean match = folded == null ? matches(pattern, composed.length(), i -> fold(composed.charAt(i)))
                    : matches(pattern, folded.length, i -> folded[i]);
            if (match) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name of {@code length} code points, the {@code i}-th folded being {@code at(i)},
     * matches {@code pattern}, in which {@code *} is any run of code points and {@code ?} one.
     */
    private static boolean matches(int[] pattern, int length, IntUnaryOperator at) {
        int p = 0;
        int n = 0;
        int star = -1;
        int mark = 0;
        while (n < length) {
            if (p < pattern.length && (pattern[p] == '?' || pattern[p] == at.applyAsInt(n))) {
                p++;
                n++;
            } else if (p < pattern.length && pattern[p] == '*') {
                star = p++;
                mark = n;
            } else if (star >= 0) {
                p = star + 1;
                n = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length && pattern[p] == '*') {
            p++;
        }
        return p == pattern.length;
    }

    /** {@return the patterns, Ciclo's first} */
    public List<String> patterns() {
        return patterns;
    }

    /** One code point upper-cased then lower-cased, so that every case of a letter is one. */
    private static int fold(int c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** {@code s} as code points, each folded. */
    private static int[] fold(String s) {
        int[] points = new int[s.codePointCount(0, s.length())];
        for (int i = 0, at = 0; i < s.length(); at++) {
            int c = s.codePointAt(i);
            points[at] = fold(c);
            i += Character.charCount(c);
        }
        return points;
    }

    private static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s; // plain ASCII is composed already
    }

    @Override
    public String toString() {
        return "IgnoreList" + patterns;
    }
}
