package vn.danvan.calendar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The step is late: flagged by its module, and followed up by the unit the module names. */
@Component("escalateDelegate")
class EscalateDelegate implements JavaDelegate {

    private final DeadlineHandlers handlers;

    EscalateDelegate(DeadlineHandlers handlers) {
        this.handlers = handlers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // local: the follow-up task on this path reads it, and another step's escalation keeps its own
        execution.setVariableLocal(DeadlineVariables.ESCALATION_UNIT, handlers.escalate(execution, 1));
    }
}
