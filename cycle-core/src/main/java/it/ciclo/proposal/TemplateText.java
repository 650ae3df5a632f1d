package it.ciclo.proposal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The red text of the office's template, so that red text in a Settore's copy that only repeats it
 * ("inserire qui le proposte", last year's proposals left in red) is not taken for a proposal.
 *
 * <p>The rule: a red passage whose text is a template red text (ignoring case and spacing) is
 * dropped; template red texts of at least {@value #MIN_EMBEDDED} characters are also cut out of a
 * longer red passage (the Settore wrote right after the template's red words), and what remains is
 * kept if it holds a letter or a digit. Tracked insertions and deletions are never dropped: they
 * are new by definition.
 */
public final class TemplateText {

    /** The shortest template text cut out of a longer passage; shorter ones would cut ordinary words. */
    static final int MIN_EMBEDDED = 8;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Set<String> whole = new LinkedHashSet<>();
    private final List<String> embedded = new ArrayList<>();

    private TemplateText(Collection<Passage> template) {
        for (Passage p : template) {
            if (p.kind() == ProposalKind.RED_TEXT) {
                String key = key(p.text());
                if (whole.add(key) && key.length() >= MIN_EMBEDDED) {
                    embedded.add(key);
                }
            }
        }
        embedded.sort(Comparator.comparingInt(String::length).reversed());
    }

    /**
     * The red text of a template's passages.
     *
     * @param template the passages found in the office's template; only its red text counts
     * @return the red text of {@code template}
     */
    public static TemplateText of(Collection<Passage> template) {
        return new TemplateText(template);
    }

    /** {@return no template: nothing is dropped} */
    public static TemplateText none() {
        return new TemplateText(List.of());
    }

    /**
     * {@code passage} without what repeats the template. Only red text is stripped.
     *
     * @param passage a passage found in a Settore's copy
     * @return {@code passage}, with the template's red text cut out of it; empty if nothing else is left
     */
    public Optional<Passage> strip(Passage passage) {
        if (passage.kind() != ProposalKind.RED_TEXT || whole.isEmpty()) {
            return Optional.of(passage);
        }
        String key = key(passage.text());
        if (whole.contains(key)) {
            return Optional.empty();
        }
        String text = SPACES.matcher(passage.text()).replaceAll(" ");
        boolean cut = false;
        for (String t : embedded) {
            int at;
            while ((at = text.toLowerCase(Locale.ITALIAN).indexOf(t)) >= 0) {
                text = text.substring(0, at) + " " + text.substring(at + t.length());
                cut = true;
            }
        }
        if (!cut) {
            return Optional.of(passage);
        }
        String rest = text.strip().replaceAll("^[\\p{Punct}\\s]+|[\\s,;:]+$", "").replaceAll(" {2,}", " ");
        return rest.codePoints().anyMatch(Character::isLetterOrDigit) ? Optional.of(passage.withText(rest)) : Optional.empty();
    }

    private static String key(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ITALIAN)).replaceAll(" ").strip();
    }
}
