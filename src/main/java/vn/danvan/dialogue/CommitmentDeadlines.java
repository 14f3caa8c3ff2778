package vn.danvan.dialogue;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineSubject;
import vn.danvan.calendar.DeadlineWatches;
import vn.danvan.calendar.StepClock;

/**
 * A commitment's due date is the one the conclusion notice fixed, not a legal period: its timers wait
 * for that date ({@link StepClock#fixed}), counted from the moment the commitment was made.
 */
@Component
class CommitmentDeadlines {

    static final String KIND = "dialogue-commitment";
    static final String STAGE = "COMMITMENT";

    private final DeadlineWatches watches;
    private final Commitments commitments;

    CommitmentDeadlines(DeadlineWatches watches, Commitments commitments) {
        this.watches = watches;
        this.commitments = commitments;
    }

    StepClock clock(String commitmentId) {
        Commitment c = commitments.get(commitmentId);
        DeadlineSubject subject = new DeadlineSubject(KIND, commitmentId, STAGE, c.ownerUnitCode(), null, null, false,
                c.content());
        return StepClock.fixed(subject, Conferences.now().toInstant(), c.dueAt(),
                "Thông báo kết luận hội nghị đối thoại " + c.conferenceId());
    }

    /** @return the due date */
    Instant watch(DelegateTask task) {
        return watches.watch(task).dueAt();
    }

    void met(String taskId) {
        watches.met(taskId);
    }
}
