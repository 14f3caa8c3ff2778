package vn.danvan.calendar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reminder share of the time has passed: the step's module tells the unit. */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final DeadlineHandlers handlers;

    SendReminderDelegate(DeadlineHandlers handlers) {
        this.handlers = handlers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeadlineWatch watch = handlers.watchOf(execution);
        handlers.of(watch.kind()).reminded(watch);
    }
}
