package it.ciclo.alfresco.model;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.alfresco.ModuleFiles;
import it.ciclo.submission.SubmissionStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every name our models use resolves: imported namespaces, parent types and aspects, mandatory
 * aspects, constraints, data types and overridden properties are defined by Alfresco's reference
 * models or by ours.
 */
class ModelReferencesTest {

    private static final List<DictionaryModel> ALL = new ArrayList<>();
    private static DictionaryModel content;
    private static DictionaryModel workflow;
    private static final Set<String> namespaces = new HashSet<>();
    private static final Set<String> types = new HashSet<>();
    private static final Set<String> aspects = new HashSet<>();
    private static final Set<String> constraints = new HashSet<>();
    private static final Set<String> properties = new HashSet<>();
    private static final Set<String> dataTypes = new HashSet<>();

    @BeforeAll
    static void readAllModels() throws IOException {
        try (Stream<Path> files = Files.list(AlfrescoReference.models())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                ALL.add(DictionaryModel.of(ModuleFiles.builder().parse(file.toFile())));
            }
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
        content = DictionaryModel.of(ModuleFiles.xml(ModuleFiles.CONTENT_MODEL));
        workflow = DictionaryModel.of(ModuleFiles.xml(ModuleFiles.WORKFLOW_MODEL));
        ALL.add(content);
        ALL.add(workflow);
        for (DictionaryModel m : ALL) {
            namespaces.addAll(m.definedNamespaces());
            m.types().forEach(e -> types.add(m.resolve(e.getAttribute("name"))));
            m.aspects().forEach(e -> aspects.add(m.resolve(e.getAttribute("name"))));
            m.constraints().forEach(e -> constraints.add(m.resolve(e.getAttribute("name"))));
            m.properties().forEach(e -> properties.add(m.resolve(e.getAttribute("name"))));
            m.dataTypes().forEach(e -> dataTypes.add(m.resolve(e.getAttribute("name"))));
        }
    }

    @Test
    void theReferenceModelsAreReadable() {
        assertThat(types).contains("{http://www.alfresco.org/model/content/1.0}folder",
                "{http://www.alfresco.org/model/bpm/1.0}startTask");
        assertThat(dataTypes).contains("{http://www.alfresco.org/model/dictionary/1.0}text");
    }

    @Test
    void everyImportedNamespaceIsDefinedByAModel() {
        for (DictionaryModel m : List.of(content, workflow)) {
            assertThat(m.prefixes().values()).as(m.name()).allSatisfy(uri -> assertThat(namespaces).contains(uri));
        }
    }

    @Test
    void everyNameIsInOurOwnNamespaceOrImported() {
        assertThat(content.resolve("cyc:submission")).isEqualTo("{http://www.ciclo.it/model/cycle/1.0}submission");
        assertThat(workflow.resolve("cycwf:reviewTask")).isEqualTo("{http://www.ciclo.it/model/workflow/1.0}reviewTask");
    }

    @Test
    void everyParentMandatoryAspectConstraintAndDataTypeResolves() {
        for (DictionaryModel m : List.of(content, workflow)) {
            for (Element type : m.types()) {
                assertThat(types).as("parent of " + type.getAttribute("name")).contains(m.resolve(DictionaryModel.text(type, "parent")));
            }
            for (Element aspect : m.aspects()) {
                String parent = DictionaryModel.text(aspect, "parent");
                if (parent != null) {
                    assertThat(aspects).as("parent of " + aspect.getAttribute("name")).contains(m.resolve(parent));
                }
            }
            for (Element mandatory : DictionaryModel.all(m.root(), "aspect")) {
                if ("mandatory-aspects".equals(((Element) mandatory.getParentNode()).getLocalName())) {
                    assertThat(aspects).as("mandatory aspect").contains(m.resolve(mandatory.getTextContent().strip()));
                }
            }
            for (Element property : m.properties()) {
                assertThat(dataTypes).as("type of " + property.getAttribute("name"))
                        .contains(m.resolve(DictionaryModel.text(property, "type")));
            }
            for (Element ref : DictionaryModel.all(m.root(), "constraint")) {
                if (ref.hasAttribute("ref")) {
                    assertThat(constraints).as("constraint ref").contains(m.resolve(ref.getAttribute("ref")));
                }
            }
            for (Element override : DictionaryModel.all(m.root(), "overrides")) {
                for (Element p : DictionaryModel.all(override, "property")) {
                    assertThat(properties).as("overridden property").contains(m.resolve(p.getAttribute("name")));
                }
            }
        }
    }

    @Test
    void ourModelsDefineEachNameOnceAndOnlyInTheirOwnNamespace() {
        assertThat(content.definedNamespaces()).containsExactly("http://www.ciclo.it/model/cycle/1.0");
        assertThat(workflow.definedNamespaces()).containsExactly("http://www.ciclo.it/model/workflow/1.0");
        List<String> names = Stream.of(content, workflow)
                .flatMap(m -> Stream.of(m.types(), m.aspects(), m.properties(), m.constraints()).flatMap(List::stream))
                .map(e -> e.getAttribute("name")).toList();
        assertThat(names).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("cyc:\\w+|cycwf:\\w+"));
    }

    @Test
    void theSubmissionAspectHasWhatTheIssueAsksFor() {
        Element submission = content.aspects().stream()
                .filter(a -> a.getAttribute("name").equals("cyc:submission")).findFirst().orElseThrow();
        List<String> names = DictionaryModel.all(submission, "property").stream().map(p -> p.getAttribute("name")).toList();
        assertThat(names).contains("cyc:act", "cyc:sector", "cyc:cycle", "cyc:submittedOn", "cyc:status", "cyc:late",
                "cyc:dueDate", "cyc:reviewOutcome", "cyc:reviewer", "cyc:reviewComment", "cyc:reviewedOn");
        assertThat(content.aspects().stream().map(a -> a.getAttribute("name")))
                .contains("cyc:cycleFolder", "cyc:actFolder", "cyc:sectorFolder", "cyc:submission");
    }

    @Test
    void theStatusConstraintListsExactlyCycleCoresSubmissionStates() {
        Element constraint = content.constraints().stream()
                .filter(c -> c.getAttribute("name").equals("cyc:submissionStatusOptions")).findFirst().orElseThrow();
        List<String> values = DictionaryModel.all(constraint, "value").stream()
                .filter(v -> "list".equals(((Element) v.getParentNode()).getLocalName()))
                .map(v -> v.getTextContent().strip()).toList();
        assertThat(values).containsExactlyElementsOf(
                Arrays.stream(SubmissionStatus.values()).map(SubmissionStatus::jsonName).toList());
    }
}
