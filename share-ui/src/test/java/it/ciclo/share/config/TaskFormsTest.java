package it.ciclo.share.config;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.share.support.Bpmn;
import it.ciclo.share.support.Dictionary;
import it.ciclo.share.support.ShareConfig;
import it.ciclo.share.support.ShareConfig.Form;
import it.ciclo.share.support.ShareConfig.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The task forms against the workflow model and the BPMN, both read from alfresco-extension's
 * sources. Share's TaskTypeEvaluator matches {@code condition.equals(type)}: a subtype never inherits
 * its parent's form, so every task type needs its own config.
 */
class TaskFormsTest {

    /** Share's pseudo-fields of task forms (share-workflow-form-config.xml). */
    static final Set<String> TASK_PSEUDO_FIELDS = Set.of("message", "taskOwner", "packageItems", "transitions");
    /** The only task fields a user writes: the reviewer's comment and the outcome buttons. */
    static final Set<String> WRITABLE = Set.of("cycwf:reviewComment", "cycwf:reviewOutcome", "cycwf:revisionOutcome");
    static final String TRANSITIONS = "/org/alfresco/components/form/controls/workflow/activiti-transitions.ftl";
    static final String INFO = "/org/alfresco/components/form/controls/info.ftl";
    /** The module's read-only date: Share's info.ftl would print a date raw (ISO 8601). */
    static final String DATE_INFO = "/it/ciclo/components/form/controls/date-info.ftl";

    static Dictionary dictionary;
    static ShareConfig config;

    @BeforeAll
    static void load() {
        dictionary = Dictionary.load();
        config = ShareConfig.load();
    }

    @Test
    void everyCycwfTaskTypeAndEveryFormKeyHasItsOwnTaskForm() {
        List<String> types = dictionary.withPrefix("cycwf").stream().filter(c -> !c.aspect()).map(c -> c.name()).toList();
        assertThat(types).as("cycwf: task types in workflow-model.xml").isNotEmpty();
        List<String> missing = new ArrayList<>();
        for (String type : concat(types, Bpmn.formKeys())) {
            Section s = config.section("task-type", type);
            if (s == null || s.forms().stream().noneMatch(f -> f.id().isEmpty())) {
                missing.add(type);
            }
        }
        assertThat(missing).as("task types without a default form of their own (the match is exact)").isEmpty();
    }

    @Test
    void theStartTaskHasTheWorkflowDetailsForm() {
        String startKey = Bpmn.formKeys().get(0);
        assertThat(dictionary.isA(startKey, "bpm:startTask")).as(startKey + " is the start task").isTrue();
        assertThat(config.section("task-type", startKey).forms()).extracting(Form::id).contains("workflow-details");
    }

    @Test
    void everyTaskTypeConditionIsAWorkflowTaskOfTheModels() {
        for (Section s : config.sections("task-type")) {
            assertThat(dictionary.has(s.condition())).as("task-type " + s.condition() + " is a type of the models").isTrue();
            assertThat(dictionary.isA(s.condition(), "bpm:workflowTask")).as(s.condition() + " is a bpm:workflowTask").isTrue();
        }
    }

    @Test
    void everyTaskFormFieldIsAPropertyOrAssociationOfItsTaskType() {
        List<String> wrong = new ArrayList<>();
        for (Section s : config.sections("task-type")) {
            Set<String> fields = dictionary.fields(s.condition());
            for (Form f : s.forms()) {
                List<String> ids = new ArrayList<>(f.visibility());
                f.fields().forEach(e -> ids.add(e.getAttribute("id")));
                for (String id : ids) {
                    if (!fields.contains(id) && !TASK_PSEUDO_FIELDS.contains(id)) {
                        wrong.add(f.where() + ": " + id);
                    }
                }
            }
        }
        assertThat(wrong).as("fields that are no property or association of the task type").isEmpty();
    }

    @Test
    void nothingTheProcessOwnsIsEditable() {
        List<String> editable = new ArrayList<>();
        for (Section s : config.sections("task-type")) {
            for (Form f : s.forms()) {
                for (String id : f.shown()) {
                    if (TASK_PSEUDO_FIELDS.contains(id) || id.equals("taskOwner")) {
                        continue;
                    }
                    Element field = f.field(id);
                    boolean readOnly = field != null && "true".equals(field.getAttribute("read-only"));
                    boolean infoOnly = field != null && (hasControl(field, INFO) || hasControl(field, DATE_INFO));
                    if (!readOnly && !infoOnly && !WRITABLE.contains(id)) {
                        editable.add(f.where() + ": " + id);
                    }
                }
            }
        }
        assertThat(editable).as("fields the process owns left editable (mark them read-only=\"true\")").isEmpty();
    }

    @Test
    void noDateIsShownThroughInfoFtlWhichPrintsItRaw() {
        List<String> raw = new ArrayList<>();
        int dates = 0;
        for (Section s : config.sections("task-type")) {
            for (Form f : s.forms()) {
                for (String id : f.shown()) {
                    Element field = f.field(id);
                    if (field != null && dictionary.isDate(id) && hasControl(field, INFO)) {
                        raw.add(f.where() + ": " + id);
                    }
                    dates += field != null && hasControl(field, DATE_INFO) ? 1 : 0;
                }
            }
        }
        assertThat(raw).as("dates through info.ftl (shown as 2026-12-03T23:00:00.000Z); use " + DATE_INFO).isEmpty();
        assertThat(dates).as("the review's due date is shown by the module's date control").isPositive();
    }

    @Test
    void theReviewerSeesTheSubmissionAndDecidesWithTheOutcomeButtons() {
        List<String> seen = List.of("packageItems", "cycwf:actTitle", "cycwf:sectorName", "cycwf:cycle",
                "cycwf:submissionDueDate", "cycwf:approvalDueDate", "cycwf:submittedOn", "cycwf:late", "cycwf:escalated",
                "cycwf:reviewComment", "cycwf:reviewOutcome");
        for (String type : List.of("cycwf:reviewTask", "cycwf:escalatedReviewTask")) {
            Form form = defaultForm(type);
            assertThat(form.shown()).as(form.where()).containsAll(seen);
            assertOutcomeButtons(form, "cycwf:reviewOutcome", List.of("approve", "requestChanges"));
        }
        Form revision = defaultForm("cycwf:revisionTask");
        assertThat(revision.shown()).as(revision.where()).contains("packageItems", "cycwf:reviewComment", "cycwf:revisionOutcome");
        assertThat(revision.field("cycwf:reviewComment").getAttribute("read-only")).as("the author reads the comment").isEqualTo("true");
        assertOutcomeButtons(revision, "cycwf:revisionOutcome", List.of("resubmit", "withdraw"));
    }

    @Test
    void noTaskFormShowsTheGenericTaskDoneTransitions() {
        for (Section s : config.sections("task-type")) {
            for (Form f : s.forms()) {
                assertThat(f.shown()).as(f.where() + ": the outcome buttons replace \"Task Done\"").doesNotContain("transitions");
            }
        }
    }

    private static void assertOutcomeButtons(Form form, String property, List<String> buttons) {
        Element field = form.field(property);
        assertThat(field).as(form.where() + " field " + property).isNotNull();
        assertThat(hasControl(field, TRANSITIONS)).as(form.where() + ": " + property + " uses activiti-transitions.ftl").isTrue();
        assertThat(dictionary.allowedValues(property)).as("the model's outcomes of " + property).isEqualTo(buttons);
    }

    private static Form defaultForm(String type) {
        return config.section("task-type", type).forms().stream().filter(f -> f.id().isEmpty()).findFirst().orElseThrow();
    }

    static boolean hasControl(Element field, String template) {
        return it.ciclo.share.support.Xml.children(field, "control").stream().anyMatch(c -> template.equals(c.getAttribute("template")));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }
}
