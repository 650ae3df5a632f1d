package it.ciclo.share.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Share's index files in {@code shared/alfresco-reference/share}: every form control template,
 * evaluator bean, template/resource path and global message key that really exists in Share.
 */
public final class ShareIndex {

    private static final String[] WEBSCRIPT_ROOTS = {
        "share/src/main/resources/alfresco/site-webscripts",
        "web-framework-commons/src/main/resources/alfresco/site-webscripts"};
    private static final String[] WEBAPP_ROOTS = {"share/src/main/webapp", "web-framework-commons/src/main/webapp"};

    private ShareIndex() {
    }

    /** The form templates a config can name ({@code form-controls.txt}). */
    public static Set<String> formControls() {
        return new LinkedHashSet<>(lines("form-controls.txt"));
    }

    /** The ids of Share's evaluator beans ({@code evaluators.txt}). */
    public static Set<String> evaluators() {
        return new LinkedHashSet<>(lines("evaluators.txt"));
    }

    /** Template paths (as {@code /org/alfresco/...}) of every file in Share's site-webscripts. */
    public static Set<String> templatePaths() {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines("share-paths.txt")) {
            for (String root : WEBSCRIPT_ROOTS) {
                if (line.startsWith(root + "/")) {
                    out.add(line.substring(root.length()));
                }
            }
        }
        return out;
    }

    /** Paths below {@code /res/} (without it) of every file of Share's webapp. */
    public static Set<String> resourcePaths() {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines("share-paths.txt")) {
            for (String root : WEBAPP_ROOTS) {
                if (line.startsWith(root + "/")) {
                    out.add(line.substring(root.length() + 1));
                }
            }
        }
        return out;
    }

    /** Share's global message keys, with whether the {@code _it} bundle has each ({@code message-keys.tsv}). */
    public static Map<String, Boolean> globalMessages() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String line : lines("message-keys.tsv")) {
            String[] cols = line.split("\t");
            out.put(cols[0], cols.length > 2 && cols[2].equals("yes"));
        }
        return out;
    }

    private static List<String> lines(String file) {
        Path path = Workspace.share().resolve(file);
        try {
            return Files.readAllLines(path).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
