package vn.danvan.calendar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The step is very late: flagged again, and followed up one level higher. */
@Component("escalateAgainDelegate")
class EscalateAgainDelegate implements JavaDelegate {

    private final DeadlineHandlers handlers;

    EscalateAgainDelegate(DeadlineHandlers handlers) {
        this.handlers = handlers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // local: the follow-up task on this path reads it, and another step's escalation keeps its own
        execution.setVariableLocal(DeadlineVariables.SECOND_ESCALATION_UNIT, handlers.escalate(execution, 2));
    }
}
