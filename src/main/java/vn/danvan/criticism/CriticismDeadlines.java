package vn.danvan.criticism;

import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineSubject;
import vn.danvan.calendar.DeadlineWatches;
import vn.danvan.calendar.StepClock;
import vn.danvan.platform.engine.StepSupport;

/**
 * Which criticism tasks are timed: those whose BPMN carries the property {@code deadlineStage}
 * (CRITICISM_OPINIONS, CRITICISM_RESPONSE: rows of the rule table). Both count from the moment the
 * task appears: the organisation was asked, or the criticism document went out.
 */
@Component
class CriticismDeadlines {

    static final String OPINIONS = "CRITICISM_OPINIONS";
    static final String RESPONSE = "CRITICISM_RESPONSE";
    static final String OPINION_KIND = "criticism-opinion";
    static final String RESPONSE_KIND = "criticism-response";
    static final Set<String> STAGES = Set.of(OPINIONS, RESPONSE);

    private final DeadlineWatches watches;
    private final CriticismOpinions opinions;
    private final CriticismProgress progress;

    CriticismDeadlines(DeadlineWatches watches, CriticismOpinions opinions, CriticismProgress progress) {
        this.watches = watches;
        this.opinions = opinions;
        this.progress = progress;
    }

    /** The step a timed task starts, for its timers: read when the task is entered. */
    StepClock clock(DelegateExecution execution, String stage) {
        String label = StepSupport.string(execution, SocialCriticismProcess.TITLE);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return OPINIONS.equals(stage)
                ? StepClock.counted(new DeadlineSubject(OPINION_KIND,
                        SocialCriticismOpinionProcess.opinionId(execution), stage,
                        StepSupport.string(execution, SocialCriticismProcess.ORGANISATION_UNIT), null, null, false,
                        label), now)
                : StepClock.counted(new DeadlineSubject(RESPONSE_KIND, SocialCriticismProcess.criticismId(execution),
                        stage,
                        StepSupport.string(execution, SocialCriticismProcess.UNIT_CODE), null, null, false, label),
                        now);
    }

    /** Records the watch of a timed task, shows its due date in Tasklist and announces it on the topic. */
    void taskCreated(DelegateTask task) {
        String stage = DeadlineWatches.stageOf(task);
        watches.watchIfTimed(task).ifPresent(deadline -> {
            if (OPINIONS.equals(stage)) {
                opinions.awaited(SocialCriticismOpinionProcess.opinionId(task), deadline.dueAt(), StepSupport.actor());
            } else {
                progress.issued(SocialCriticismProcess.criticismId(task), deadline.dueAt(), StepSupport.actor());
            }
        });
    }

    void taskEnded(DelegateTask task) {
        watches.ended(task);
    }
}
