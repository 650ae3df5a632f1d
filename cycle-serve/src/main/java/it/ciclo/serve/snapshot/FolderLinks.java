package it.ciclo.serve.snapshot;

import it.ciclo.store.StorePath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Links to folders, from a pattern the office gives ({@code --folder-link}): {@code {path}} stands
 * for the folder's path from the store's root, with {@code /}, each name percent-encoded (for a
 * Share page, {@code https://alfresco.comune.it/share/page/repository#filter=path|/{path}}; for a
 * share, {@code file://///server/dati/{path}}). Only {@code http}, {@code https} and {@code file}
 * links are made.
 */
public final class FolderLinks {

    private final Optional<String> pattern;

    public FolderLinks(Optional<String> pattern) {
        pattern.ifPresent(p -> {
            if (!p.contains("{path}") || !(p.startsWith("http://") || p.startsWith("https://") || p.startsWith("file:"))) {
                throw new IllegalArgumentException("a folder link is an http(s) or file address with {path} in it: " + p);
            }
        });
        this.pattern = pattern;
    }

    public Optional<String> link(StorePath path) {
        return pattern.map(p -> p.replace("{path}", encode(path)));
    }

    private static String encode(StorePath path) {
        StringBuilder out = new StringBuilder();
        for (String name : path.toString().split("/")) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
