package it.ciclo.alfresco.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged module, opened after {@code package}: the simple-module JAR in the SDK 4 layout and
 * the AMP in the layout the Module Management Tool installs, with no library ACS already ships.
 */
class PackagingIT {

    private static final String MODULE = "alfresco/module/" + System.getProperty("alfresco.module.id", "ciclo-platform") + "/";
    private static final List<String> RESOURCES = List.of("module-context.xml", "context/model-context.xml",
            "context/workflow-context.xml", "context/intake-context.xml", "context/install-context.xml",
            "context/board-context.xml",
            "model/content-model.xml", "model/workflow-model.xml", "workflow/submission-review.bpmn20.xml",
            "messages/content-model.properties", "messages/content-model_it.properties",
            "messages/content-model_en.properties", "messages/workflow.properties", "messages/workflow_it.properties",
            "messages/workflow_en.properties", "messages/actions.properties", "messages/actions_it.properties",
            "messages/actions_en.properties", "alfresco-global.properties", "log4j2.properties");
    /** Where ACS's class-path web script store finds a module's web scripts (alfresco/extension/templates/webscripts). */
    private static final List<String> WEB_SCRIPTS = List.of(
            "alfresco/extension/templates/webscripts/it/ciclo/board/board.get.desc.xml",
            "alfresco/extension/templates/webscripts/it/ciclo/board/cycles.get.desc.xml");
    /** Libraries ACS has in WEB-INF/lib: a second copy must never ship. */
    private static final List<String> ACS_LIBRARIES = List.of("jackson-", "jakarta.", "jaxb-", "spring-",
            "commons-lang", "slf4j-", "activiti-", "mybatis-", "angus-", "istack-", "txw2-", "jspecify-");

    @Test
    void theJarIsASimpleModule() throws IOException {
        try (ZipFile jar = new ZipFile(System.getProperty("ciclo.jar"))) {
            assertThat(jar.getEntry(MODULE + "module.properties")).isNotNull();
            for (String resource : RESOURCES) {
                assertThat(jar.getEntry(MODULE + resource)).as(resource).isNotNull();
            }
            assertThat(jar.getEntry("it/ciclo/alfresco/review/BeginReview.class")).isNotNull();
            for (String webScript : WEB_SCRIPTS) {
                assertThat(jar.getEntry(webScript)).as(webScript).isNotNull();
            }
            assertThat(jar.stream().map(ZipEntry::getName)).noneMatch(n -> n.endsWith(".jar"));
            Properties module = new Properties();
            module.load(jar.getInputStream(jar.getEntry(MODULE + "module.properties")));
            assertThat(module.getProperty("module.id")).isEqualTo("ciclo-platform");
            assertThat(module.getProperty("module.version")).matches("\\d+\\.\\d+\\.\\d+.*");
            assertThat(module.getProperty("module.repo.version.min")).isEqualTo("23.1");
            assertThat(module.getProperty("module.repo.version.max")).isEqualTo("25.99");
        }
    }

    @Test
    void theAmpHasTheMmtLayoutAndOnlyTheLibrariesAcsLacks() throws IOException {
        String file = System.getProperty("ciclo.amp");
        // The MMT takes an archive by its extension (TArchiveDetector("war|amp")), "install DIR" *.amp only.
        assertThat(Path.of(file).getFileName().toString()).endsWith(".amp");
        try (ZipFile amp = new ZipFile(file)) {
            assertThat(amp.getEntry("module.properties")).isNotNull();
            for (String resource : RESOURCES) {
                assertThat(amp.getEntry("config/" + MODULE + resource)).as(resource).isNotNull();
            }
            for (String webScript : WEB_SCRIPTS) {
                assertThat(amp.getEntry("config/" + webScript)).as(webScript).isNotNull();
            }
            List<String> libs = amp.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("lib/") && n.endsWith(".jar"))
                    .map(n -> n.substring("lib/".length())).toList();
            assertThat(libs).anyMatch(n -> n.startsWith("alfresco-extension-") && n.endsWith("-classes.jar"))
                    .anyMatch(n -> n.startsWith("cycle-core-"))
                    .anyMatch(n -> n.startsWith("jollyday-core-"))
                    .anyMatch(n -> n.startsWith("jollyday-jaxb-"))
                    .anyMatch(n -> n.startsWith("threeten-extra-"))
                    .hasSize(5);
            assertThat(libs).allSatisfy(lib -> assertThat(ACS_LIBRARIES).noneMatch(lib::startsWith));
            assertThat(amp.stream().map(ZipEntry::getName))
                    .allMatch(n -> n.equals("module.properties") || n.startsWith("config/") || n.startsWith("lib/"));
        }
    }
}
