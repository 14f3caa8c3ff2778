package vn.danvan.petition;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.Deadline;
import vn.danvan.calendar.DeadlineSubject;
import vn.danvan.calendar.DeadlineWatches;

/**
 * Which petition tasks the law times, and from when. A timed task carries the extension property
 * {@code deadlineStage} in its BPMN (CLASSIFY, ACCEPT, RESOLVE, ANSWER, DIRECT: rows of the rule
 * table). Classification counts from receipt, resolution from acceptance, the rest from the moment
 * the task appears.
 */
@Component
class CaseDeadlines {

    static final String KIND = "petition";
    static final String CLASSIFY = "CLASSIFY";
    static final String RESOLVE = "RESOLVE";

    private final DeadlineWatches watches;
    private final PetitionCases cases;

    CaseDeadlines(DeadlineWatches watches, PetitionCases cases) {
        this.watches = watches;
        this.cases = cases;
    }

    /** Starts the watch of a timed task and shows its due date in Tasklist; untimed tasks are left alone. */
    void taskCreated(DelegateTask task) {
        String stage = DeadlineWatches.stageOf(task);
        if (stage == null) {
            return;
        }
        PetitionCase c = cases.get(Steps.caseId(task));
        Deadline deadline = watches.watch(task.getId(), subject(c, stage, Steps.string(task, CaseVariables.UNIT_CODE)),
                anchor(c, stage));
        task.setDueDate(java.util.Date.from(deadline.dueAt()));
        cases.stepDue(c.caseId(), deadline.dueAt());
    }

    /** When the classification of a just received case is due (its first timed step). */
    Instant classificationDue(PetitionCase c) {
        return watches.preview(subject(c, CLASSIFY, c.originUnitCode()), anchor(c, CLASSIFY)).dueAt();
    }

    void taskEnded(DelegateTask task) {
        if (DeadlineWatches.stageOf(task) != null) {
            watches.met(task.getId());
        }
    }

    DeadlineSubject subject(PetitionCase c, String stage, String unitCode) {
        return new DeadlineSubject(KIND, c.caseId(), stage, unitCode, c.caseType(), c.complexity(),
                Boolean.TRUE.equals(c.remoteArea()), c.subject());
    }

    static Instant anchor(PetitionCase c, String stage) {
        if (CLASSIFY.equals(stage)) {
            return c.receivedAt();
        }
        if (RESOLVE.equals(stage) && c.acceptedAt() != null) {
            return c.acceptedAt();
        }
        return ClockUtil.getCurrentTime().toInstant();
    }
}
