package it.ciclo.share.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.share.support.ShareModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged Share JAR has the layout Share loads (SDK 4 "share JAR"): its config where Share's
 * config source looks in every JAR ({@code jar:*!/META-INF/share-config-custom.xml}), its Spring file
 * where surf-config.xml imports ({@code classpath*:alfresco/web-extension/*-context.xml}), web scripts
 * on the {@code alfresco/web-extension/site-webscripts} store, and client files under
 * {@code META-INF/resources} (served as {@code /share/res/...}).
 */
class ShareJarIT {

    @Test
    void theJarHasTheLayoutShareLoads() throws IOException {
        Path jar = Path.of(System.getProperty("ciclo.share.jar"));
        assertThat(jar).isRegularFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
            assertThat(names).contains("META-INF/share-config-custom.xml",
                    "alfresco/web-extension/ciclo-share-context.xml",
                    "alfresco/web-extension/messages/ciclo-share.properties",
                    "alfresco/web-extension/messages/ciclo-share_it.properties",
                    "alfresco/web-extension/messages/ciclo-share_en.properties",
                    "alfresco/web-extension/site-webscripts/it/ciclo/components/dashlets/ciclo-board.get.desc.xml",
                    "alfresco/web-extension/site-webscripts/it/ciclo/components/dashlets/ciclo-my-submissions.get.desc.xml",
                    "META-INF/resources/ciclo/components/ciclo.js",
                    "META-INF/resources/ciclo/components/dashlets/ciclo-board.js",
                    "META-INF/resources/components/documentlibrary/indicators/ciclo-late-16.png");
            assertThat(names).as("Spring files Share imports").filteredOn(n -> n.startsWith("alfresco/web-extension/") && n.endsWith(".xml")
                    && n.indexOf('/', "alfresco/web-extension/".length()) < 0).allMatch(n -> n.endsWith("-context.xml"));
            // Share has one classpath share-config-custom.xml (the installer's): a JAR must not take its place.
            assertThat(names).doesNotContain("alfresco/web-extension/share-config-custom.xml");
            assertThat(names).as("no Java: nothing that depends on Share's Servlet or Spring versions")
                    .noneMatch(n -> n.endsWith(".class"));
            assertThat(names).noneMatch(n -> n.contains("node_modules") || n.contains("stand-ins"));
            for (String relative : List.of(ShareModule.CONFIG, ShareModule.CONTEXT,
                    "META-INF/resources/ciclo/components/dashlets/ciclo-board.js")) {
                assertThat(file.getInputStream(file.getEntry(relative)).readAllBytes())
                        .as(relative + " packaged as written").isEqualTo(Files.readAllBytes(Path.of("src/main/resources", relative)));
            }
        }
    }
}
