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
        DeadlineWatch watch = handlers.watchOf(execution, execution.getBpmnModelElementInstance(),
                execution.getProcessInstanceId());
        // local: the follow-up task on this path reads it, and another step's escalation keeps its own
        execution.setVariableLocal(DeadlineVariables.SECOND_ESCALATION_UNIT, handlers.of(watch.kind()).escalated(watch, 2));
    }
}
