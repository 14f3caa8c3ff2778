package vn.danvan.dialogue;

import java.util.List;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.record.RecordChange;

/**
 * One change of a conference: the columns it sets ({@link ConferenceColumns}), the question or
 * commitment it is about (for the history and the event) and the note that goes into the history.
 */
final class ConferenceChange extends RecordChange<ConferenceChange> {

    private String questionId;
    private String commitmentId;
    private String ownerUnitCode;
    private List<String> caseIds;

    private ConferenceChange() {
        super(null);
    }

    static ConferenceChange to(ConferenceStatus status) {
        return keep().set(ConferenceColumns.STATUS, status);
    }

    static ConferenceChange keep() {
        return new ConferenceChange();
    }

    ConferenceChange question(String id, List<String> cases) {
        this.questionId = id;
        this.caseIds = cases;
        return item(id);
    }

    ConferenceChange commitment(Commitment commitment) {
        this.commitmentId = commitment.commitmentId();
        this.ownerUnitCode = commitment.ownerUnitCode();
        this.caseIds = commitment.caseIds();
        return item(commitment.commitmentId()).due(commitment.dueAt(), Lateness.of(commitment.lateState()));
    }

    /** A question's written answer: the answering unit, its due date and lateness go into the event. */
    ConferenceChange writtenAnswer(Question question, WrittenAnswer answer) {
        this.ownerUnitCode = answer.unitCode();
        return question(question.questionId(), question.caseIds()).due(answer.dueAt(), Lateness.of(answer.lateState()));
    }

    String questionId() {
        return questionId;
    }

    String commitmentId() {
        return commitmentId;
    }

    String ownerUnitCode() {
        return ownerUnitCode;
    }

    List<String> caseIds() {
        return caseIds == null || caseIds.isEmpty() ? null : caseIds;
    }
}
