package vn.danvan.dialogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change of a conference: the columns it sets, the question or commitment it is about (for the
 * history and the event) and the note that goes into the history.
 */
final class ConferenceChange {

    private final Map<String, Object> columns = new LinkedHashMap<>();
    private String itemId;
    private String questionId;
    private String commitmentId;
    private String ownerUnitCode;
    private Instant dueAt;
    private String lateState;
    private List<String> caseIds;
    private String note;

    static ConferenceChange to(ConferenceStatus status) {
        return keep().set("status", status.name());
    }

    static ConferenceChange keep() {
        return new ConferenceChange();
    }

    ConferenceChange set(String column, Object value) {
        columns.put(column, value instanceof Instant instant ? Timestamp.from(instant) : value);
        return this;
    }

    ConferenceChange question(String questionId, List<String> caseIds) {
        this.itemId = questionId;
        this.questionId = questionId;
        this.caseIds = caseIds;
        return this;
    }

    ConferenceChange commitment(Commitment commitment) {
        this.itemId = commitment.commitmentId();
        this.commitmentId = commitment.commitmentId();
        this.ownerUnitCode = commitment.ownerUnitCode();
        this.dueAt = commitment.dueAt();
        this.lateState = commitment.lateState();
        this.caseIds = commitment.caseIds();
        return this;
    }

    /** A question's written answer: the answering unit, its due date and lateness go into the event. */
    ConferenceChange writtenAnswer(Question question, WrittenAnswer answer) {
        question(question.questionId(), question.caseIds());
        this.ownerUnitCode = answer.unitCode();
        this.dueAt = answer.dueAt();
        this.lateState = answer.lateState();
        return this;
    }

    ConferenceChange lateState(String lateState) {
        this.lateState = lateState;
        return this;
    }

    ConferenceChange note(String note) {
        this.note = note;
        return this;
    }

    Map<String, Object> columns() {
        return columns;
    }

    String itemId() {
        return itemId;
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

    Instant dueAt() {
        return dueAt;
    }

    String lateState() {
        return lateState;
    }

    List<String> caseIds() {
        return caseIds == null || caseIds.isEmpty() ? null : caseIds;
    }

    String note() {
        return note;
    }
}
