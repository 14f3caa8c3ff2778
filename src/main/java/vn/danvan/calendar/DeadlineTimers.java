package vn.danvan.calendar;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The dates of a timed task's boundary timers, as their BPMN asks for them:
 * {@code ${deadlineTimers.remindAt(execution)}}, {@code dueAt} and {@code veryLateAt}. The engine
 * evaluates them when the task is entered; the first computes the step's dates from the rule table
 * and the working-day calendar, the others and the task's listener reuse them.
 */
@Component("deadlineTimers")
public class DeadlineTimers {

    private final DeadlineHandlers handlers;

    DeadlineTimers(DeadlineHandlers handlers) {
        this.handlers = handlers;
    }

    public Date remindAt(DelegateExecution execution) {
        return Date.from(handlers.plan(execution).deadline().remindAt());
    }

    public Date dueAt(DelegateExecution execution) {
        return Date.from(handlers.plan(execution).deadline().dueAt());
    }

    public Date veryLateAt(DelegateExecution execution) {
        return Date.from(handlers.plan(execution).deadline().veryLateAt());
    }

    /** Which of a step's dates a boundary timer waits for, named by the method its expression calls. */
    enum Moment {
        REMIND("remindAt("), DUE("dueAt("), VERY_LATE("veryLateAt(");

        private final String call;

        Moment(String call) {
            this.call = call;
        }

        static Moment of(String timerExpression) {
            for (Moment moment : values()) {
                if (timerExpression != null && timerExpression.contains("deadlineTimers." + moment.call)) {
                    return moment;
                }
            }
            return null;
        }

        java.time.Instant of(Deadline deadline) {
            return switch (this) {
                case REMIND -> deadline.remindAt();
                case DUE -> deadline.dueAt();
                case VERY_LATE -> deadline.veryLateAt();
            };
        }
    }
}
