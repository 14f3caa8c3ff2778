package vn.danvan.calendar;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Finds the feature module's handler of a watched step. */
@Component
class DeadlineHandlers {

    private final List<DeadlineHandler> handlers;
    private final DeadlineWatches watches;

    DeadlineHandlers(List<DeadlineHandler> handlers, DeadlineWatches watches) {
        this.handlers = handlers;
        this.watches = watches;
    }

    DeadlineHandler of(String kind) {
        return handlers.stream().filter(handler -> handler.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No deadline handler for kind " + kind));
    }

    DeadlineWatch watchOf(DelegateExecution execution) {
        return watches.step((String) execution.getVariable(DeadlineWatchProcess.TASK_ID)).watch();
    }
}
