package it.ciclo.directive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a directive says about reading the files in its folders: how names are matched, which files
 * are never anybody's submission beyond the ones Ciclo always leaves out, and where the office keeps
 * its templates.
 *
 * @param matchCase       whether letter case tells two names apart; false (the default) matches
 *                        names as a Windows share and Alfresco do, whatever their case
 * @param ignore          name patterns added to the files Ciclo never counts ({@code *} any run of
 *                        characters, {@code ?} one character, case ignored), as written; never null
 * @param templatesFolder the name of a folder inside an act folder that holds the office's
 *                        templates, if the directive declares one
 */
public record FileRules(boolean matchCase, List<String> ignore, Optional<String> templatesFolder) {

    /** Case ignored, nothing added to the ignore list, no templates folder. */
    public static final FileRules DEFAULTS = new FileRules(false, List.of(), Optional.empty());

    /**
     * Validates the components, each as described above.
     *
     * @param matchCase whether letter case tells two names apart; false (the default) matches names as a Windows
     *                  share and Alfresco do, whatever their case
     * @param ignore name patterns added to the files Ciclo never counts ({@code *} any run of characters, {@code ?}
     *               one character, case ignored), as written; never null
     * @param templatesFolder the name of a folder inside an act folder that holds the office's templates, if the
     *                        directive declares one
     */
    public FileRules {
        ignore = List.copyOf(Objects.requireNonNull(ignore, "ignore"));
        Objects.requireNonNull(templatesFolder, "templatesFolder");
        for (String pattern : ignore) {
            if (pattern.isBlank() || pattern.contains("/") || pattern.contains("\\")) {
                throw new IllegalArgumentException("an ignore pattern is one non-blank name, without / or \\: \"" + pattern + "\"");
            }
        }
        templatesFolder.ifPresent(t -> {
            if (t.isBlank() || t.contains("/") || t.contains("\\") || t.equals(".") || t.equals("..")) {
                throw new IllegalArgumentException("the templates folder is a single folder name: \"" + t + "\"");
            }
        });
    }
}
