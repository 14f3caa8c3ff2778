package vn.danvan.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.petition.PetitionLinks;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.web.InvalidInputException;

/**
 * Citizens' questions: recorded by the Front while the collection window is open, assigned to an
 * agency that prepares the answer, answered at the conference (or in writing after it).
 */
@Service
class Questions {

    /** A question with its written answer, if it has one (columns {@code wa_*}). */
    static final String SELECT = """
            SELECT q.*, w.unit_code AS wa_unit_code, u.name_vi AS wa_unit_name, w.due_at AS wa_due_at,
                   w.state AS wa_state, w.late_state AS wa_late_state, w.content AS wa_content,
                   w.document_number AS wa_document_number, w.document_date AS wa_document_date,
                   w.answered_by AS wa_answered_by, w.recorded_by AS wa_recorded_by, w.answered_at AS wa_answered_at
            FROM dialogue_question q LEFT JOIN dialogue_written_answer w ON w.question_id = q.question_id
                 LEFT JOIN unit u ON u.code = w.unit_code""";

    private final JdbcClient jdbc;
    private final Conferences conferences;
    private final CaseLinks links;
    private final PetitionLinks petitions;

    Questions(JdbcClient jdbc, Conferences conferences, CaseLinks links, PetitionLinks petitions) {
        this.jdbc = jdbc;
        this.conferences = conferences;
        this.links = links;
        this.petitions = petitions;
    }

    record NewQuestion(String askedBy, String locality, String content, List<String> caseIds) {
    }

    @Transactional
    Question add(String conferenceId, NewQuestion q, String actor) {
        Conference conference = conferences.get(conferenceId);
        if (conference.status() != ConferenceStatus.COLLECTING) {
            throw new InvalidInputException("conferenceId", "is not collecting questions (status " + conference.status() + ")");
        }
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM dialogue_question WHERE conference_id = ?")
                .param(conferenceId).query(Integer.class).single();
        String id = "%s-Q%02d".formatted(conferenceId, number);
        jdbc.sql("""
                INSERT INTO dialogue_question (question_id, conference_id, number, asked_by, locality, content, state,
                    received_by, received_at) VALUES (?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?)""")
                .params(id, conferenceId, number, q.askedBy().strip(), q.locality(), q.content().strip(), actor,
                        Conferences.now()).update();
        List<String> caseIds = CaseLinks.normalised(q.caseIds());
        links.link(conference, id, caseIds);
        conferences.change(conferenceId, EventType.DIALOGUE_QUESTION_RECEIVED, "question-received", actor,
                ConferenceChange.keep().question(id, caseIds).note("Câu hỏi " + number + ": " + q.content().strip()));
        return get(id);
    }

    java.util.Optional<Question> find(String questionId) {
        return jdbc.sql(SELECT + " WHERE q.question_id = ?").param(questionId).query((rs, row) -> map(rs)).optional();
    }

    Question get(String questionId) {
        return jdbc.sql(SELECT + " WHERE q.question_id = ?").param(questionId)
                .query((rs, row) -> map(rs)).single();
    }

    List<Question> of(String conferenceId) {
        return jdbc.sql(SELECT + " WHERE q.conference_id = ? ORDER BY q.number").param(conferenceId)
                .query((rs, row) -> map(rs)).list();
    }

    /** Written answers of the conference still awaited: the conference is not done while one is. */
    long openWrittenAnswers(String conferenceId) {
        return jdbc.sql("SELECT count(*) FROM dialogue_written_answer WHERE conference_id = ? AND state = 'OPEN'")
                .param(conferenceId).query(Long.class).single();
    }

    /** The units that answer a question of the conference in writing (they may read the conference). */
    List<String> writtenAnswerUnits(String conferenceId) {
        return jdbc.sql("SELECT DISTINCT unit_code FROM dialogue_written_answer WHERE conference_id = ?")
                .param(conferenceId).query(String.class).list();
    }

    /** The ids the assignment step iterates over (one task per question). */
    public List<String> idsOf(String conferenceId) {
        return jdbc.sql("SELECT question_id FROM dialogue_question WHERE conference_id = ? ORDER BY number")
                .param(conferenceId).query(String.class).list();
    }

    void assign(String questionId, String agency, LocalDate answerDue, String actor) {
        Question q = get(questionId);
        Conference conference = conferences.get(q.conferenceId());
        if (answerDue.isAfter(conference.plannedDate())) {
            throw new StepRejectedException("Hạn chuẩn bị trả lời phải trước ngày hội nghị "
                    + Dates.shown(conference.plannedDate()));
        }
        jdbc.sql("UPDATE dialogue_question SET state = 'ASSIGNED', answering_agency = ?, answer_due = ? WHERE question_id = ?")
                .params(agency, answerDue, questionId).update();
        conferences.change(q.conferenceId(), null, "question-assigned", actor, ConferenceChange.keep()
                .question(questionId, null).note("Giao " + agency + " chuẩn bị trả lời câu hỏi " + q.number()
                        + ", hạn " + Dates.shown(answerDue)));
    }

    /**
     * Marks the questions answered on the spot (the others wait for a written answer) and notes the
     * answer in the timeline of every petition case linked to them.
     */
    void answeredAt(Conference conference, Set<Integer> numbers, boolean all, String actor) {
        List<Question> questions = of(conference.conferenceId());
        Set<Integer> known = questions.stream().map(Question::number).collect(java.util.stream.Collectors.toSet());
        if (!all && !known.containsAll(numbers)) {
            // a mistyped number would silently leave the question it meant waiting for a written answer
            throw new StepRejectedException("Không có câu hỏi số " + numbers.stream().filter(n -> !known.contains(n))
                    .sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + "; hội nghị có các câu " + known.stream().sorted().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        for (Question q : questions) {
            boolean answered = all || numbers.contains(q.number());
            jdbc.sql("UPDATE dialogue_question SET state = ? WHERE question_id = ?")
                    .params(answered ? "ANSWERED" : "ANSWER_PENDING", q.questionId()).update();
            if (answered) {
                for (String caseId : q.caseIds()) {
                    petitions.answeredAtConference(caseId, conference.conferenceId(),
                            "câu hỏi " + q.number() + " (" + q.content() + ")", actor);
                }
            }
        }
    }

    private Question map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String id = rs.getString("question_id");
        return new Question(id, rs.getString("conference_id"), rs.getInt("number"), rs.getString("asked_by"),
                rs.getString("locality"), rs.getString("content"), rs.getString("state"),
                rs.getString("answering_agency"), rs.getObject("answer_due", LocalDate.class), links.of(id),
                rs.getTimestamp("received_at").toInstant(), WrittenAnswer.map(rs, "wa_"));
    }
}
