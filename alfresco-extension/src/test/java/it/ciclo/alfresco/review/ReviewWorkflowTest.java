package it.ciclo.alfresco.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import it.ciclo.alfresco.ModuleFiles;
import it.ciclo.calendar.OfficeCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.activiti.bpmn.model.BpmnModel;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.activiti.bpmn.model.StartEvent;
import org.activiti.bpmn.model.UserTask;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.impl.identity.Authentication;
import org.activiti.engine.runtime.Job;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The review BPMN on the real Activiti 5.23 engine that ACS embeds, with H2 in memory. Time is the
 * engine's clock, moved by the test; timers run only when the test executes them.
 */
class ReviewWorkflowTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String REVIEWERS = "GROUP_CicloProgrammazione";
    private static final String ESCALATION = "GROUP_CicloSegreteria";
    private static final String AUTHOR = "mrossi";
    /** Monday 12 January 2026: five working days later is Monday 19 January. */
    private static final LocalDateTime SUBMITTED = LocalDateTime.of(2026, 1, 12, 10, 0);

    private final ReviewSettings settings = ReviewSettings.of(REVIEWERS, ESCALATION, 5, OfficeCalendar.italy(), ROME);
    private final DocumentRecorderStandIn document = new DocumentRecorderStandIn();
    private ProcessEngineConfiguration configuration;
    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        engine = ReviewEngine.start(settings, document);
        configuration = engine.getProcessEngineConfiguration();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource(ModuleFiles.REVIEW_BPMN)
                .deploy();
        at(SUBMITTED);
    }

    @AfterEach
    void stopEngine() {
        Authentication.setAuthenticatedUserId(null);
        engine.close();
    }

    @Test
    void approvedAtTheFirstReview() {
        ProcessInstance process = submit(null);

        Task review = onlyTask(process);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("review");
        assertThat(candidateGroups(review)).containsExactly(REVIEWERS);
        assertThat(review.getDueDate()).isEqualTo(day(2026, 1, 19));

        claimAndDecide(review, "lbianchi", "approve", null);

        assertThat(ended(process)).isTrue();
        assertThat(document.statuses()).containsExactly("in-review", "approved");
        assertThat(document.last())
                .containsEntry(ReviewVariables.REVIEWER, "lbianchi")
                .containsEntry(ReviewVariables.REVIEW_OUTCOME, "approve")
                .containsEntry(ReviewVariables.LATE, false)
                .containsEntry(ReviewVariables.REVIEW_DUE_DATE, day(2026, 1, 19))
                .containsEntry(ReviewVariables.SUBMITTED_ON, instant(SUBMITTED))
                .containsKey(ReviewVariables.REVIEWED_ON);
    }

    @Test
    void changesRequestedThenResubmittedThenApproved() {
        ProcessInstance process = submit(null);
        claimAndDecide(onlyTask(process), "lbianchi", "requestChanges", "Manca l'indicatore di risultato");

        Task revision = onlyTask(process);
        assertThat(revision.getTaskDefinitionKey()).isEqualTo("revision");
        assertThat(revision.getAssignee()).isEqualTo(AUTHOR);
        assertThat(document.last()).containsEntry(ReviewVariables.REVIEW_COMMENT, "Manca l'indicatore di risultato");

        at(SUBMITTED.plusDays(2));
        revise(revision, "resubmit");

        Task secondReview = onlyTask(process);
        assertThat(secondReview.getTaskDefinitionKey()).isEqualTo("review");
        // The new round counts from the resubmission: Wednesday 14 plus five working days.
        assertThat(secondReview.getDueDate()).isEqualTo(day(2026, 1, 21));
        claimAndDecide(secondReview, "gverdi", "approve", null);

        assertThat(ended(process)).isTrue();
        assertThat(document.statuses()).containsExactly("in-review", "changes-requested", "in-review", "approved");
        assertThat(document.last())
                .containsEntry(ReviewVariables.REVIEWER, "gverdi")
                .containsEntry(ReviewVariables.SUBMITTED_ON, instant(SUBMITTED));
    }

    @Test
    void withdrawnByTheAuthor() {
        ProcessInstance process = submit(null);
        claimAndDecide(onlyTask(process), "lbianchi", "requestChanges", "Rivedere la sezione 2.2");
        revise(onlyTask(process), "withdraw");

        assertThat(ended(process)).isTrue();
        assertThat(document.statuses()).containsExactly("in-review", "changes-requested", "withdrawn");
    }

    @Test
    void theAuthorCannotApproveTheirOwnSubmission() {
        ProcessInstance process = submit(null);
        Task review = onlyTask(process);

        ReviewRefusedException refusal = refusal(() -> claimAndDecide(review, AUTHOR, "approve", null));
        assertThat(refusal.reason()).isEqualTo(ReviewRefusedException.Reason.SELF_APPROVAL);
        assertThat(refusal).hasMessageContaining("autori");
        // User names are case-insensitive in Alfresco.
        assertThat(refusal(() -> decide(review, "approve", null, "MRossi")).reason())
                .isEqualTo(ReviewRefusedException.Reason.SELF_APPROVAL);

        assertThat(onlyTask(process).getId()).isEqualTo(review.getId());
        assertThat(ended(process)).isFalse();

        engine.getTaskService().unclaim(review.getId());
        claimAndDecide(review, "lbianchi", "approve", null);
        assertThat(ended(process)).isTrue();
    }

    @Test
    void theAuthorWhoRewritesTheAuthorVariableIsStillRefused() {
        ProcessInstance process = submit(null);
        Task review = onlyTask(process);
        engine.getTaskService().claim(review.getId(), AUTHOR);
        // What a task participant can do through Share's form or PUT /workflow/versions/1/tasks/{id}
        // (TasksImpl.updateVariableInTask): rewrite the variable on the task and on the process.
        engine.getTaskService().setVariableLocal(review.getId(), ReviewVariables.AUTHOR, "qualcunaltro");
        engine.getRuntimeService().setVariable(process.getId(), ReviewVariables.AUTHOR, "qualcunaltro");

        assertThat(refusal(() -> decide(review, "approve", null, null)).reason())
                .isEqualTo(ReviewRefusedException.Reason.SELF_APPROVAL);
        assertThat(ended(process)).isFalse();
    }

    @Test
    void anApprovalIsRefusedWhenNobodyIsRecordedAsTheAuthor() {
        ProcessInstance process = engine.getRuntimeService().startProcessInstanceByKey("cicloSubmissionReview",
                startVariables(null));
        Task review = onlyTask(process);

        ReviewRefusedException refusal = refusal(() -> claimAndDecide(review, "lbianchi", "approve", null));
        assertThat(refusal.reason()).isEqualTo(ReviewRefusedException.Reason.UNKNOWN_AUTHOR);
        assertThat(refusal).hasMessageContaining("amministratore");
    }

    @Test
    void aNewRoundStartsWithoutTheEarlierComment() {
        ProcessInstance process = submit(null);
        claimAndDecide(onlyTask(process), "lbianchi", "requestChanges", "Manca la tabella degli indicatori");
        revise(onlyTask(process), "resubmit");
        assertThat(document.last()).containsEntry(ReviewVariables.REVIEW_COMMENT, null);

        Task secondReview = onlyTask(process);
        engine.getTaskService().claim(secondReview.getId(), "lbianchi");
        // Share sends the fields it shows; a reviewer who writes nothing sends no comment of their own.
        engine.getTaskService().setVariableLocal(secondReview.getId(), ReviewVariables.REVIEW_OUTCOME, "requestChanges");
        engine.getTaskService().setVariableLocal(secondReview.getId(), ReviewVariables.REVIEW_COMMENT, null);
        assertThat(refusal(() -> engine.getTaskService().complete(secondReview.getId())).reason())
                .isEqualTo(ReviewRefusedException.Reason.COMMENT_REQUIRED);

        decide(secondReview, "approve", null, null);
        assertThat(ended(process)).isTrue();
        assertThat(document.last()).containsEntry(ReviewVariables.REVIEW_COMMENT, null)
                .containsEntry(ReviewVariables.STATUS, "approved");
    }

    @Test
    void requestingChangesNeedsAComment() {
        ProcessInstance process = submit(null);
        Task review = onlyTask(process);

        assertThat(refusal(() -> claimAndDecide(review, "lbianchi", "requestChanges", "  ")).reason())
                .isEqualTo(ReviewRefusedException.Reason.COMMENT_REQUIRED);
        assertThat(onlyTask(process).getTaskDefinitionKey()).isEqualTo("review");
    }

    @Test
    void anUnclaimedReviewIsDecidedByTheAuthenticatedUserOrRefused() {
        ProcessInstance process = submit(null);
        Task review = onlyTask(process);

        assertThat(refusal(() -> decide(review, "approve", null, null)).reason())
                .isEqualTo(ReviewRefusedException.Reason.UNKNOWN_REVIEWER);

        // Stand-in for Alfresco, which runs the completion as the logged-in user.
        Authentication.setAuthenticatedUserId("lbianchi");
        decide(review, "approve", null, null);
        assertThat(document.last()).containsEntry(ReviewVariables.REVIEWER, "lbianchi");
    }

    @Test
    void aReviewStillOpenAfterItsDeadlineEscalatesToTheSecondGroup() {
        ProcessInstance process = submit(null);

        at(LocalDateTime.of(2026, 1, 19, 23, 59));
        assertThat(dueTimers()).isEmpty();

        at(LocalDateTime.of(2026, 1, 20, 0, 0, 1));
        List<Job> due = dueTimers();
        assertThat(due).hasSize(1);
        due.forEach(job -> engine.getManagementService().executeJob(job.getId()));

        Task escalated = onlyTask(process);
        assertThat(escalated.getTaskDefinitionKey()).isEqualTo("escalatedReview");
        assertThat(candidateGroups(escalated)).containsExactlyInAnyOrder(ESCALATION, REVIEWERS);
        assertThat(document.last()).containsEntry(ReviewVariables.ESCALATED, true);

        claimAndDecide(escalated, "segretario", "approve", null);
        assertThat(ended(process)).isTrue();
        assertThat(document.statuses()).containsExactly("in-review", "in-review", "approved");
    }

    @Test
    void aDecidedReviewDoesNotEscalate() {
        ProcessInstance process = submit(null);
        claimAndDecide(onlyTask(process), "lbianchi", "approve", null);

        at(LocalDateTime.of(2026, 2, 1, 0, 0));
        assertThat(dueTimers()).isEmpty();
        assertThat(ended(process)).isTrue();
    }

    @Test
    void aSubmissionAfterTheInternalDeadlineIsLate() {
        ProcessInstance process = submit(day(2026, 1, 9));

        assertThat(engine.getRuntimeService().getVariable(process.getId(), ReviewVariables.LATE)).isEqualTo(true);
        assertThat(document.last()).containsEntry(ReviewVariables.LATE, true);
    }

    @Test
    void theReviewNeverRunsPastTheDayBeforeTheActsApproval() {
        Map<String, Object> variables = startVariables(null);
        variables.put(ReviewVariables.APPROVAL_DUE_DATE, day(2026, 1, 16));
        Authentication.setAuthenticatedUserId(AUTHOR);
        ProcessInstance process = engine.getRuntimeService().startProcessInstanceByKey("cicloSubmissionReview", variables);
        Authentication.setAuthenticatedUserId(null);

        assertThat(onlyTask(process).getDueDate()).isEqualTo(day(2026, 1, 15));
    }

    @Test
    void everyFormKeyIsATaskTypeOfTheCycwfModel() {
        BpmnModel bpmn = engine.getRepositoryService().getBpmnModel(
                engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey("cicloSubmissionReview").singleResult().getId());
        Set<String> formKeys = bpmn.getMainProcess().getFlowElements().stream()
                .map(e -> e instanceof UserTask u ? u.getFormKey() : e instanceof StartEvent s ? s.getFormKey() : null)
                .filter(k -> k != null)
                .collect(Collectors.toSet());

        NodeList types = ModuleFiles.xml(ModuleFiles.WORKFLOW_MODEL).getElementsByTagNameNS("*", "type");
        Set<String> taskTypes = new java.util.HashSet<>();
        for (int i = 0; i < types.getLength(); i++) {
            taskTypes.add(((Element) types.item(i)).getAttribute("name"));
        }
        assertThat(formKeys).containsExactlyInAnyOrder(
                "cycwf:submitTask", "cycwf:reviewTask", "cycwf:escalatedReviewTask", "cycwf:revisionTask");
        assertThat(taskTypes).containsAll(formKeys);
    }

    /** The refusal behind a failed completion (the engine wraps listener exceptions in its own). */
    private static ReviewRefusedException refusal(ThrowingCallable completion) {
        Throwable thrown = catchThrowable(completion);
        while (thrown != null && !(thrown instanceof ReviewRefusedException)) {
            thrown = thrown.getCause();
        }
        assertThat(thrown).as("a ReviewRefusedException behind the failed completion").isNotNull();
        return (ReviewRefusedException) thrown;
    }

    /**
     * Starts a review as the author, the way ACS does: ActivitiWorkflowEngine.startWorkflow sets the
     * engine's authenticated user to the Alfresco user starting it (here the uploader, through
     * ReviewLauncher), which Activiti records as the process's start user.
     */
    private ProcessInstance submit(Date submissionDueDate) {
        Authentication.setAuthenticatedUserId(AUTHOR);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey("cicloSubmissionReview",
                    startVariables(submissionDueDate));
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
    }

    /**
     * What ReviewLauncher passes when it starts the workflow. Alfresco adds bpm_package, initiator and
     * others; the Java delegates use none of them.
     */
    private static Map<String, Object> startVariables(Date submissionDueDate) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReviewVariables.AUTHOR, AUTHOR);
        variables.put(ReviewVariables.ACT, "PIAO");
        variables.put(ReviewVariables.SECTOR, "S03");
        variables.put(ReviewVariables.SUBMISSION_DUE_DATE, submissionDueDate == null ? day(2026, 1, 31) : submissionDueDate);
        return variables;
    }

    private void claimAndDecide(Task task, String reviewer, String outcome, String comment) {
        engine.getTaskService().claim(task.getId(), reviewer);
        decide(task, outcome, comment, null);
    }

    /**
     * Completes a review task the way Alfresco does: the form's values are task-local variables.
     * A non-null {@code assignee} replaces the assignee first (as a reassignment would).
     */
    private void decide(Task task, String outcome, String comment, String assignee) {
        if (assignee != null) {
            engine.getTaskService().setAssignee(task.getId(), assignee);
        }
        engine.getTaskService().setVariableLocal(task.getId(), ReviewVariables.REVIEW_OUTCOME, outcome);
        engine.getTaskService().setVariableLocal(task.getId(), ReviewVariables.REVIEW_COMMENT, comment);
        engine.getTaskService().complete(task.getId());
    }

    private void revise(Task task, String outcome) {
        engine.getTaskService().setVariableLocal(task.getId(), ReviewVariables.REVISION_OUTCOME, outcome);
        engine.getTaskService().complete(task.getId());
    }

    private Task onlyTask(ProcessInstance process) {
        return engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .filter(g -> g != null)
                .toList();
    }

    private boolean ended(ProcessInstance process) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count() == 0;
    }

    private List<Job> dueTimers() {
        return engine.getManagementService().createJobQuery().timers().executable().list();
    }

    private void at(LocalDateTime time) {
        configuration.getClock().setCurrentTime(instant(time));
    }

    private static Date instant(LocalDateTime time) {
        return Date.from(time.atZone(ROME).toInstant());
    }

    private static Date day(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ROME).toInstant());
    }
}
