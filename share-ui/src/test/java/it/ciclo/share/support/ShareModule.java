package it.ciclo.share.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.w3c.dom.Document;

/** This module's files, read from the test classpath, where Share finds them too. */
public final class ShareModule {

    public static final String CONFIG = "META-INF/share-config-custom.xml";
    public static final String CONTEXT = "alfresco/web-extension/ciclo-share-context.xml";
    public static final String MESSAGES = "alfresco/web-extension/messages/ciclo-share";
    public static final String WEBSCRIPTS = "alfresco/web-extension/site-webscripts";
    public static final String DASHLETS = WEBSCRIPTS + "/it/ciclo/components/dashlets";
    public static final String RESOURCES = "META-INF/resources";
    /** The dashlets, by web script name. */
    public static final List<String> DASHLET_NAMES = List.of("ciclo-board", "ciclo-my-submissions");
    /** The bundle suffixes every bundle of the module has. */
    public static final List<String> LOCALES = List.of("", "_it", "_en");

    private ShareModule() {
    }

    /** The folder of the module's resources (target/classes). */
    public static Path root() {
        URL marker = ShareModule.class.getClassLoader().getResource(CONFIG);
        if (marker == null) {
            throw new IllegalStateException(CONFIG + " is not on the test classpath");
        }
        try {
            Path config = Path.of(marker.toURI());
            return config.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }

    public static Document xml(String relative) {
        return Xml.read(path(relative));
    }

    public static String text(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .properties file as Java reads resource bundles (ISO-8859-1 escapes; the module writes ASCII). */
    public static Properties properties(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file); var reader = new InputStreamReader(in, StandardCharsets.ISO_8859_1)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static Properties properties(String relative) {
        return properties(path(relative));
    }

    /** Every file below {@code relative} whose name ends with {@code suffix}. */
    public static List<Path> files(String relative, String suffix) {
        try (Stream<Path> walk = Files.walk(path(relative))) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
