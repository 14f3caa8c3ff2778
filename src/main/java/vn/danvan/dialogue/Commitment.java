package vn.danvan.dialogue;

import java.time.Instant;
import java.util.List;

/** A commitment of a conclusion notice: who does what by when, and how it ended. */
public record Commitment(String commitmentId, String conferenceId, int number, String ownerUnitCode, String content,
        Instant dueAt, String questionId, String state, String lateState, String outcomeNote, String rolledOverTo,
        List<String> caseIds, Instant closedAt) {
}
