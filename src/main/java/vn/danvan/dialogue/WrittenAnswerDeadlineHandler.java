package vn.danvan.dialogue;

import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.calendar.StepTiming;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.UnitDirectory;

/**
 * What a written answer does as its due date nears and passes: the reminder rises the answering
 * unit's task and goes out as {@code written-answer-reminded}; lateness goes out as
 * {@code written-answer-overdue} and is followed up by the unit above the answering unit (two levels
 * up when very late), as every late step is (docs/deadlines.md).
 */
@Component
class WrittenAnswerDeadlineHandler implements DeadlineHandler {

    private final WrittenAnswers answers;
    private final UnitDirectory units;

    WrittenAnswerDeadlineHandler(WrittenAnswers answers, UnitDirectory units) {
        this.answers = answers;
        this.units = units;
    }

    @Override
    public StepTiming timing() {
        return StepTiming.of(WrittenAnswers.KIND, WrittenAnswers.STAGE, (execution, stage) ->
                answers.clock((String) execution.getVariable(DialogueWrittenAnswerProcess.QUESTION_ID)));
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        return answers.reminded(watch.subjectId());
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String followedUpBy = units.above(watch.unitCode(), level);
        answers.late(watch.subjectId(), Lateness.escalated(level), followedUpBy);
        return followedUpBy;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        answers.rescheduled(watch.subjectId(), watch.dueAt(), reason);
    }
}
