package it.ciclo.share.config;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.share.support.Bpmn;
import it.ciclo.share.support.ShareConfig;
import it.ciclo.share.support.ShareConfig.Section;
import it.ciclo.share.support.Workspace;
import it.ciclo.share.support.Xml;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * "Start Workflow" does not offer the review (the folder rule starts it). Share combines every
 * {@code Workflow} config's {@code hidden-workflows} children (share-config.xml keeps its own list;
 * workflow.lib.js reads {@code config.scoped["Workflow"]["hidden-workflows"].childrenMap["workflow"]}).
 */
class WorkflowConfigTest {

    @Test
    void theReviewProcessIsHiddenFromStartWorkflowByItsRealId() {
        Section workflow = ShareConfig.load().section("string-compare", "Workflow");
        assertThat(workflow).as("a Workflow config").isNotNull();
        assertThat(workflow.element().getAttribute("replace")).as("combined with Share's list, never replacing it").isEmpty();
        List<String> hidden = Xml.all(workflow.element(), "workflow").stream().map(e -> e.getAttribute("name")).toList();
        assertThat(hidden).isNotEmpty();
        for (String name : hidden) {
            assertThat(name).as("an Activiti workflow definition name").startsWith("activiti$");
            assertThat(Bpmn.processIds()).as("process ids of submission-review.bpmn20.xml").contains(name.substring("activiti$".length()));
        }
        assertThat(hidden).contains("activiti$" + Bpmn.processIds().get(0));
    }

    @Test
    void theHiddenListHasTheShapeShareReads() {
        // The same element names as Share's own share-config.xml, which workflow.lib.js reads.
        Element share = Xml.all(Xml.read(Workspace.share().resolve("share/src/main/resources/alfresco/share-config.xml")),
                "hidden-workflows").get(0);
        Element ours = Xml.all(ShareConfig.load().section("string-compare", "Workflow").element(), "hidden-workflows").get(0);
        assertThat(ours.getParentNode().getNodeName()).isEqualTo(share.getParentNode().getNodeName());
        assertThat(Xml.children(ours, "workflow")).allMatch(e -> e.hasAttribute("name"));
        assertThat(Xml.children(share, "workflow")).allMatch(e -> e.hasAttribute("name"));
    }

    @Test
    void everyOtherStringCompareConditionIsASectionShareItselfConfigures() throws java.io.IOException {
        StringBuilder share = new StringBuilder();
        for (String file : List.of("share-config.xml", "share-documentlibrary-config.xml", "share-form-config.xml",
                "share-workflow-form-config.xml")) {
            share.append(java.nio.file.Files.readString(Workspace.share().resolve("share/src/main/resources/alfresco/" + file)));
        }
        for (Section s : ShareConfig.load().sections("string-compare")) {
            if (!s.condition().startsWith("activiti$")) {
                assertThat(share.toString()).as("a config section Share reads: " + s.condition())
                        .contains("evaluator=\"string-compare\" condition=\"" + s.condition() + "\"");
            }
        }
    }

    @Test
    void noStringCompareConditionNamesAnUnknownProcess() {
        for (Section s : ShareConfig.load().sections("string-compare")) {
            if (s.condition().startsWith("activiti$")) {
                assertThat(Bpmn.processIds()).contains(s.condition().substring("activiti$".length()));
            }
        }
    }
}
