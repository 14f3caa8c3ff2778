package vn.danvan.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A citizen's question collected before a conference, with the petition cases on the same theme, and
 * its written answer when the conference left it unanswered (null otherwise).
 */
public record Question(String questionId, String conferenceId, int number, String askedBy, String locality,
        String content, String state, String answeringAgency, LocalDate answerDue, List<String> caseIds,
        Instant receivedAt, WrittenAnswer writtenAnswer) {
}
