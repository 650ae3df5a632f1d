package it.ciclo.alfresco.model;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.alfresco.ModuleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * Every label key Alfresco looks up for our models and workflow exists in the base (Italian),
 * {@code _it} and {@code _en} bundles, and the bundles have the same keys. Keys follow Alfresco's
 * conventions: {@code <model>.<type|aspect|property>.<prefix_name>.title} with the model name's
 * colon as an underscore, {@code listconstraint.<prefix_constraint>.<value>},
 * {@code workflowtask.outcome.<value>} for the task outcomes, and {@code <processId>.workflow.title}.
 */
class LabelsTest {

    private static final String MESSAGES = ModuleFiles.MODULE + "messages/";

    @ParameterizedTest
    @ValueSource(strings = {"content-model", "workflow"})
    void everyKeyExistsInItalianAndEnglish(String bundle) {
        Properties base = ModuleFiles.properties(MESSAGES + bundle + ".properties");
        Properties italian = ModuleFiles.properties(MESSAGES + bundle + "_it.properties");
        Properties english = ModuleFiles.properties(MESSAGES + bundle + "_en.properties");
        List<String> keys = requiredKeys(bundle);
        assertThat(keys).isNotEmpty();
        assertThat(base.stringPropertyNames()).containsAll(keys);
        assertThat(italian.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
        assertThat(english.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    private static List<String> requiredKeys(String bundle) {
        List<String> keys = new ArrayList<>();
        DictionaryModel model = DictionaryModel.of(ModuleFiles.xml(
                bundle.equals("workflow") ? ModuleFiles.WORKFLOW_MODEL : ModuleFiles.CONTENT_MODEL));
        String prefix = model.name().replace(':', '_') + ".";
        keys.add(prefix + "description");
        model.types().forEach(t -> keys.add(prefix + "type." + underscore(t) + ".title"));
        model.aspects().forEach(a -> keys.add(prefix + "aspect." + underscore(a) + ".title"));
        model.properties().forEach(p -> keys.add(prefix + "property." + underscore(p) + ".title"));
        for (Element constraint : model.constraints()) {
            for (Element value : DictionaryModel.all(constraint, "value")) {
                if (!"list".equals(((Element) value.getParentNode()).getLocalName())) {
                    continue;
                }
                keys.add("listconstraint." + underscore(constraint) + "." + value.getTextContent().strip());
                if (bundle.equals("workflow")) {
                    // The outcomes: Share's Workflow Details show a completed task's outcome through the
                    // repository's WorkflowModelBuilder.getOutcome (remote-api), which looks up
                    // "workflowtask.outcome.<value>" and shows the raw value when there is none.
                    keys.add("workflowtask.outcome." + value.getTextContent().strip());
                }
            }
        }
        if (bundle.equals("workflow")) {
            keys.add("cicloSubmissionReview.workflow.title");
            keys.add("cicloSubmissionReview.workflow.description");
        }
        return keys;
    }

    private static String underscore(Element named) {
        return named.getAttribute("name").replace(':', '_');
    }
}
