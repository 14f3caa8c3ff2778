package vn.danvan.calendar;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Finds the feature module's handler of a watched step. */
@Component
class DeadlineHandlers {

    private final List<DeadlineHandler> handlers;

    DeadlineHandlers(List<DeadlineHandler> handlers) {
        this.handlers = handlers;
    }

    DeadlineHandler of(String kind) {
        return handlers.stream().filter(handler -> handler.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No deadline handler for kind " + kind));
    }

    static DeadlineWatch watchOf(DelegateExecution execution) {
        return new DeadlineWatch((String) execution.getVariable(DeadlineWatchProcess.TASK_ID),
                (String) execution.getVariable(DeadlineWatchProcess.KIND),
                (String) execution.getVariable(DeadlineWatchProcess.SUBJECT_ID),
                (String) execution.getVariable(DeadlineWatchProcess.STAGE),
                (String) execution.getVariable(DeadlineWatchProcess.UNIT_CODE),
                instant(execution, DeadlineWatchProcess.REMIND_AT), instant(execution, DeadlineWatchProcess.DUE_AT),
                instant(execution, DeadlineWatchProcess.VERY_LATE_AT));
    }

    private static java.time.Instant instant(DelegateExecution execution, String name) {
        return ((java.util.Date) execution.getVariable(name)).toInstant();
    }
}
