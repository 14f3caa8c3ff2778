package vn.danvan.dialogue;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineSubject;
import vn.danvan.calendar.DeadlineWatches;

/**
 * A commitment's due date is the one the conclusion notice fixed, not a legal period: it is watched
 * with {@link DeadlineWatches#watchUntil}, counted from the moment the commitment was made.
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

    /** @return the due date */
    Instant watch(String taskId, String commitmentId) {
        Commitment c = commitments.get(commitmentId);
        DeadlineSubject subject = new DeadlineSubject(KIND, commitmentId, STAGE, c.ownerUnitCode(), null, null, false,
                c.content());
        watches.watchUntil(taskId, subject, Conferences.now().toInstant(), c.dueAt(),
                "Thông báo kết luận hội nghị đối thoại " + c.conferenceId());
        return c.dueAt();
    }

    void met(String taskId) {
        watches.met(taskId);
    }
}
