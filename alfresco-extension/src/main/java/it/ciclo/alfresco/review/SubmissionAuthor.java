package it.ciclo.alfresco.review;

import java.util.Objects;
import java.util.Optional;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.interceptor.CommandContext;

/**
 * Who handed the file in: the user who started its review. Registered as {@code cicloAuthor}; the
 * BPMN gives the revision task to {@code ${cicloAuthor.of(execution)}}.
 *
 * <p>It is read from the process instance's start user, which Activiti records in its history when
 * the process starts (ACS sets the engine's authenticated user to the fully authenticated Alfresco
 * user in {@code ActivitiWorkflowEngine.startWorkflow}; ACS runs Activiti with {@code history=full},
 * {@code activiti-context.xml}) and which nothing changes afterwards. Never from a variable: task-local
 * and process variables can be written by any user involved in a task, through Share's task form or
 * the v1 REST API ({@code TasksImpl.updateVariableInTask}, scope local or global), and ACS makes the
 * initiator involved in every task.
 */
public final class SubmissionAuthor {

    /**
     * The user name of whoever started {@code execution}'s process, if the engine recorded one.
     *
     * @throws IllegalStateException if called outside an engine command (a delegate, listener or expression)
     */
    public Optional<String> find(DelegateExecution execution) {
        Objects.requireNonNull(execution, "execution");
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            throw new IllegalStateException("the author is read inside the engine, from a delegate or listener");
        }
        // By id, through the entity manager: it sees a process started in this same command, which a
        // history query would not (the insert is not flushed yet).
        HistoricProcessInstance process = command.getHistoricProcessInstanceEntityManager()
                .findHistoricProcessInstance(execution.getProcessInstanceId());
        return Optional.ofNullable(process).map(HistoricProcessInstance::getStartUserId).filter(s -> !s.isBlank());
    }

    /**
     * The author, for the BPMN's assignee expressions.
     *
     * @throws IllegalStateException if the engine recorded no start user (history off, or a process
     *                               started without an authenticated user)
     */
    public String of(DelegateExecution execution) {
        return find(execution).orElseThrow(() -> new IllegalStateException(
                "the review's process has no start user: history must be on and the process started by a user"));
    }
}
