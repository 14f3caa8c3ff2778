package vn.danvan.petition;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineSubject;
import vn.danvan.calendar.DeadlineWatches;
import vn.danvan.calendar.StepClock;
import vn.danvan.platform.engine.StepSupport;

/**
 * Which petition tasks the law times, and from when. A timed task carries the extension property
 * {@code deadlineStage} in its BPMN (CLASSIFY, ACCEPT, RESOLVE, ANSWER, DIRECT, and the second instance's
 * SECOND_INSTANCE_ACCEPT, SECOND_INSTANCE_RESOLVE: rows of the rule table). Classification and a second
 * instance's acceptance count from receipt, resolution from acceptance, the rest from the moment
 * the task appears.
 */
@Component
class CaseDeadlines {

    static final String KIND = "petition";
    static final String CLASSIFY = "CLASSIFY";
    static final String RESOLVE = "RESOLVE";
    /** The rows of the rule table that petition steps are timed by. */
    static final java.util.Set<String> STAGES = java.util.Set.of(CLASSIFY, "ACCEPT", RESOLVE, "ANSWER", "DIRECT",
            SecondInstanceProcess.STAGE_ACCEPT, SecondInstanceProcess.STAGE_RESOLVE);

    private final DeadlineWatches watches;
    private final PetitionCases cases;

    CaseDeadlines(DeadlineWatches watches, PetitionCases cases) {
        this.watches = watches;
        this.cases = cases;
    }

    /** The step a timed task starts, for its timers: read when the task is entered. */
    StepClock clock(DelegateExecution execution, String stage) {
        PetitionCase c = cases.get(CaseVariables.caseId(execution));
        return StepClock.counted(subject(c, stage, StepSupport.string(execution, CaseVariables.UNIT_CODE)),
                anchor(c, stage));
    }

    /** Records the watch of a timed task and shows its due date in Tasklist; untimed tasks are left alone. */
    void taskCreated(DelegateTask task) {
        watches.watchIfTimed(task).ifPresent(deadline -> cases.stepDue(CaseVariables.caseId(task.getExecution()), deadline.dueAt()));
    }

    /** When the classification of a just received case is due (its first timed step). */
    Instant classificationDue(PetitionCase c) {
        return watches.preview(subject(c, CLASSIFY, c.originUnitCode()), anchor(c, CLASSIFY)).dueAt();
    }

    void taskEnded(DelegateTask task) {
        watches.ended(task);
    }

    DeadlineSubject subject(PetitionCase c, String stage, String unitCode) {
        return new DeadlineSubject(KIND, c.caseId(), stage, unitCode, c.caseType(), c.complexity(),
                Boolean.TRUE.equals(c.remoteArea()), c.subject());
    }

    static Instant anchor(PetitionCase c, String stage) {
        if (CLASSIFY.equals(stage) || SecondInstanceProcess.STAGE_ACCEPT.equals(stage)) {
            return c.receivedAt();
        }
        // a second instance's dialogue and decision share its resolution period, from its acceptance (art. 37)
        if ((RESOLVE.equals(stage) || SecondInstanceProcess.STAGE_RESOLVE.equals(stage)) && c.acceptedAt() != null) {
            return c.acceptedAt();
        }
        return ClockUtil.getCurrentTime().toInstant();
    }
}
