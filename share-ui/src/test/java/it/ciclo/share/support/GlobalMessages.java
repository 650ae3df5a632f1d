package it.ciclo.share.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What Share has as global messages in a locale: its own bundles (reference common and slingshot,
 * the {@code _it} ones over the defaults for Italian) and the module's ciclo-share bundle.
 */
public final class GlobalMessages {

    private GlobalMessages() {
    }

    public static Properties of(Locale locale) {
        boolean italian = locale.getLanguage().equals("it");
        Properties out = new Properties();
        for (String bundle : List.of("web-framework-commons/src/main/resources/alfresco/messages/common",
                "share/src/main/resources/alfresco/messages/slingshot")) {
            out.putAll(ShareModule.properties(Workspace.share().resolve(bundle + ".properties")));
            Path it = Workspace.share().resolve(bundle + "_it.properties");
            if (italian && Files.exists(it)) {
                out.putAll(ShareModule.properties(it));
            }
        }
        out.putAll(ShareModule.properties(ShareModule.MESSAGES + (italian ? "" : "_en") + ".properties"));
        return out;
    }

    /** A web script's own bundle in a locale (the Italian default, or _en). */
    public static Properties webscript(Path descriptorFolder, String name, Locale locale) {
        boolean italian = locale.getLanguage().equals("it");
        Properties out = ShareModule.properties(descriptorFolder.resolve(name + ".properties"));
        Path localized = descriptorFolder.resolve(name + (italian ? "_it" : "_en") + ".properties");
        if (Files.exists(localized)) {
            out.putAll(ShareModule.properties(localized));
        }
        return out;
    }
}
