package it.ciclo.share.config;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.share.support.ShareIndex;
import it.ciclo.share.support.ShareModule;
import it.ciclo.share.support.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every resource, template and script path the module names exists in the module or in Share. */
class PathsTest {

    @Test
    void everyResourceATemplateLoadsIsInTheModuleOrInShare() {
        Set<String> share = ShareIndex.resourcePaths();
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Path ftl : ShareModule.files(ShareModule.WEBSCRIPTS, ".ftl")) {
            Matcher m = Pattern.compile("\\$\\{url\\.context}/res/([^\"?]+)").matcher(read(ftl));
            while (m.find()) {
                seen++;
                String res = m.group(1);
                if (!Files.isRegularFile(ShareModule.path(ShareModule.RESOURCES + "/" + res)) && !share.contains(res)) {
                    missing.add(ftl.getFileName() + ": /res/" + res);
                }
            }
        }
        assertThat(seen).isGreaterThan(4);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyScriptImportIsInTheModuleOrInShare() {
        int seen = 0;
        for (Path js : ShareModule.files(ShareModule.WEBSCRIPTS, ".js")) {
            Matcher m = Pattern.compile("<import resource=\"classpath:([^\"]+)\"").matcher(read(js));
            while (m.find()) {
                seen++;
                String location = m.group(1);
                boolean inModule = Files.isRegularFile(ShareModule.path(location));
                boolean inShare = location.startsWith("alfresco/site-webscripts/")
                        && ShareIndex.templatePaths().contains(location.substring("alfresco/site-webscripts".length()));
                assertThat(inModule || inShare).as(js.getFileName() + " imports " + location).isTrue();
            }
        }
        assertThat(seen).isEqualTo(2);
    }

    @Test
    void everyDashletHasItsDescriptorTemplateControllerAndBundles() {
        for (String dashlet : ShareModule.DASHLET_NAMES) {
            for (String suffix : List.of(".get.desc.xml", ".get.html.ftl", ".get.js", ".get.properties", ".get_it.properties",
                    ".get_en.properties")) {
                assertThat(ShareModule.path(ShareModule.DASHLETS + "/" + dashlet + suffix)).isRegularFile();
            }
            assertThat(ShareModule.path(ShareModule.RESOURCES + "/ciclo/components/dashlets/" + dashlet + ".js")).isRegularFile();
            String desc = read(ShareModule.path(ShareModule.DASHLETS + "/" + dashlet + ".get.desc.xml"));
            assertThat(desc).contains("<family>user-dashlet</family>", "<family>site-dashlet</family>",
                    "<url>/ciclo/components/dashlets/" + dashlet + "</url>");
        }
    }

    @Test
    void theModuleDoesNotShadowAFileOfShare() {
        // A file at the same path as Share's would replace Share's own for every user.
        Set<String> share = ShareIndex.resourcePaths();
        for (Path res : ShareModule.files(ShareModule.RESOURCES, "")) {
            if (Files.isRegularFile(res)) {
                String relative = ShareModule.path(ShareModule.RESOURCES).relativize(res).toString().replace('\\', '/');
                assertThat(share).as(relative).doesNotContain(relative);
            }
        }
        assertThat(Workspace.share()).isDirectory();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
