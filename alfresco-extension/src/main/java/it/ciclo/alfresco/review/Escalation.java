package it.ciclo.alfresco.review;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/**
 * Marks the current review round as escalated, when its boundary timer fires. The escalated task
 * that follows is offered to the escalation group as well as to the reviewers. Registered as
 * {@code cicloEscalate}.
 */
public final class Escalation implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ReviewVariables.ESCALATED, true);
    }
}
