package it.ciclo.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.cmis.server.ContentModel;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.Layout;
import it.ciclo.submission.SubmissionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** cycle-cmis and the alfresco-extension module agree: the same cyc: ids, statuses and programming root. */
class ContentModelTest {

    private static final ContentModel MODEL = ContentModel.load();

    @Test
    void everyAspectAndPropertyUsedExistsInTheContentModel() {
        CycModel.USED.forEach((aspectId, properties) -> {
            String name = aspectId.substring("P:".length());
            ContentModel.Aspect aspect = MODEL.aspect(name).orElseThrow(
                    () -> new AssertionError(aspectId + " is used by cycle-cmis but is no aspect of content-model.xml"));
            assertThat(aspect.properties()).extracting(ContentModel.Property::name)
                    .as("properties of %s used by cycle-cmis", name).containsAll(properties);
        });
    }

    @Test
    void theStatusChoicesAreTheSubmissionStatuses() {
        ContentModel.Property status = MODEL.aspect("cyc:submission").orElseThrow().properties().stream()
                .filter(p -> p.name().equals(CycModel.STATUS)).findFirst().orElseThrow();
        assertThat(status.allowedValues()).containsExactlyElementsOf(
                Arrays.stream(SubmissionStatus.values()).map(SubmissionStatus::jsonName).toList());
    }

    /**
     * With the default root (Company Home), the seed directive's act folders land in the programming
     * root the platform module sets up, whose folder rule marks the files dropped there.
     */
    @Test
    void underCompanyHomeTheSeedsActFoldersLieInThePlatformModulesProgrammingRoot() throws Exception {
        Properties module = new Properties();
        Path file = Path.of(System.getProperty("basedir", "."), "..", "alfresco-extension", "src", "main", "resources",
                "alfresco", "module", "ciclo-platform", "alfresco-global.properties");
        try (InputStream in = Files.newInputStream(file)) {
            module.load(in);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
        List<String> root = List.of(module.getProperty("ciclo.root.path").split("/"));
        assertThat(root).hasSize(2);
        assertThat(CmisSettings.COMPANY_HOME).isEqualTo("/");
        for (ActFolder folder : Layout.of(Directives.seed()).folders()) {
            assertThat(folder.path().names().subList(0, 2)).isEqualTo(root);
        }
    }
}
