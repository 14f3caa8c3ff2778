package vn.danvan.support;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stand-ins for the beans a diagram names, for {@link EngineFixture}: each records that it ran and
 * where ("bean@activity" for a delegate, "bean@task:event" for a task listener), and does only what the
 * process itself needs of it (a variable a later expression reads). What the real beans do to the
 * case, the timeline and the events is the business of their own tests and of the application's.
 */
public final class StandIns {

    /** The unit the calendar's escalate step names for the follow-up of a late step (a stand-in's choice). */
    public static final String ESCALATION_UNIT = "huyen";
    /** ... and for the follow-up of a very late one. */
    public static final String SECOND_ESCALATION_UNIT = "huyenuy";

    private final List<String> calls = new CopyOnWriteArrayList<>();

    /** A delegate that records its runs. */
    public JavaDelegate delegate(String bean) {
        return delegate(bean, execution -> {
        });
    }

    /** A delegate that records its runs, then does what the process needs of it. */
    public JavaDelegate delegate(String bean, Consumer<DelegateExecution> then) {
        JavaDelegate delegate = execution -> {
            calls.add(bean + "@" + execution.getCurrentActivityId());
            then.accept(execution);
        };
        EngineFixture.register(bean, delegate);
        return delegate;
    }

    /** A task listener that records its notifications. */
    public TaskListener listener(String bean) {
        return listener(bean, task -> {
        });
    }

    /** A task listener that records its notifications, then does what the process needs of it. */
    public TaskListener listener(String bean, Consumer<DelegateTask> then) {
        TaskListener listener = task -> {
            calls.add(bean + "@" + task.getTaskDefinitionKey() + ":" + task.getEventName());
            then.accept(task);
        };
        EngineFixture.register(bean, listener);
        return listener;
    }

    /**
     * The calendar's beans every timed step names (docs/deadlines.md): its three dates one, two and three
     * days ahead of the engine's clock, the reminder, the two escalations (which name the follow-up's
     * unit, as the real ones do through the module's DeadlineHandler) and the follow-up tasks' listener.
     */
    public StandIns deadlines() {
        EngineFixture.register("deadlineTimers", new Dates());
        delegate("sendReminderDelegate");
        delegate("escalateDelegate", execution -> execution.setVariableLocal("escalationUnit", ESCALATION_UNIT));
        delegate("escalateAgainDelegate",
                execution -> execution.setVariableLocal("secondEscalationUnit", SECOND_ESCALATION_UNIT));
        listener("followUpTaskListener");
        return this;
    }

    /** Every run so far, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The runs of one bean, as "activity" (delegate) or "task:event" (listener). */
    public List<String> callsOf(String bean) {
        return calls.stream().filter(call -> call.startsWith(bean + "@")).map(call -> call.substring(bean.length() + 1))
                .toList();
    }

    /** Stands in for calendar.DeadlineTimers: the dates its boundary timers wait for. */
    public static final class Dates {

        public Date remindAt(DelegateExecution execution) {
            return after(Duration.ofDays(1));
        }

        public Date dueAt(DelegateExecution execution) {
            return after(Duration.ofDays(2));
        }

        public Date veryLateAt(DelegateExecution execution) {
            return after(Duration.ofDays(3));
        }

        private static Date after(Duration duration) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration));
        }
    }
}
