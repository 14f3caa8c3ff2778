package vn.danvan.dialogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.DeadlineSubject;
import vn.danvan.calendar.StepClock;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.PetitionLinks;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * Questions a conference did not answer on the spot (Quy định 218-QĐ/TW: the agencies answer them in
 * writing afterwards). Each goes to a unit of the unit table, chosen on the conference's form, as its
 * own {@code dialogue-written-answer} process; its due date comes from the rule table (stage
 * {@value #STAGE}), counted from the conference day. The recorded answer is noted on the linked
 * petition cases and, through its event, reaches the citizens who gave a contact.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class WrittenAnswers {

    static final String KIND = "dialogue-written-answer";
    static final String STAGE = "DIALOGUE_WRITTEN_ANSWER";
    private static final int MAX_LABEL = 300;

    private final JdbcClient jdbc;
    private final Conferences conferences;
    private final Questions questions;
    private final CommitmentTracking tracking;
    private final PetitionLinks petitions;
    private final RuntimeService runtimeService;
    private final UnitDirectory units;

    WrittenAnswers(JdbcClient jdbc, Conferences conferences, Questions questions, CommitmentTracking tracking,
            PetitionLinks petitions, RuntimeService runtimeService, UnitDirectory units) {
        this.jdbc = jdbc;
        this.conferences = conferences;
        this.questions = questions;
        this.tracking = tracking;
        this.petitions = petitions;
        this.runtimeService = runtimeService;
        this.units = units;
    }

    /**
     * The unit a form field names, which must be an active unit of the unit table.
     *
     * @param field   the form field, named in the refusal so that the officer knows what to correct
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    Unit activeUnit(String code, String field, String labelVi) {
        String stripped = code == null ? "" : code.strip();
        return units.find(stripped).orElseThrow(() -> new StepRejectedException(labelVi + " (" + field + "): "
                + (stripped.isEmpty() ? "chưa chọn đơn vị" : "không có đơn vị đang hoạt động mã '" + stripped + "'")));
    }

    /** The question goes to the unit to answer in writing: its row, and its process with the unit's task. */
    void request(Conference conference, Question question, Unit unit, String actor) {
        jdbc.sql("""
                INSERT INTO dialogue_written_answer (question_id, conference_id, unit_code, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(question.questionId(), conference.conferenceId(), unit.code(), actor, Conferences.now()).update();
        String instanceId = runtimeService.createProcessInstanceByKey(DialogueWrittenAnswerProcess.KEY)
                .businessKey(question.questionId())
                .setVariables(Map.of(DialogueWrittenAnswerProcess.QUESTION_ID, question.questionId(),
                        DialogueWrittenAnswerProcess.CONFERENCE_ID, conference.conferenceId(),
                        DialogueWrittenAnswerProcess.ANSWER_UNIT_CODE, unit.code()))
                .execute().getId();
        jdbc.sql("UPDATE dialogue_written_answer SET process_instance_id = ? WHERE question_id = ?")
                .params(instanceId, question.questionId()).update();
    }

    /** The answering step's clock: the rule table's period, counted from the day the conference was held. */
    StepClock clock(String questionId) {
        Question q = questions.get(questionId);
        Conference c = conferences.get(q.conferenceId());
        String label = "Câu hỏi " + q.number() + " tại hội nghị đối thoại " + c.conferenceId() + ": " + q.content();
        DeadlineSubject subject = new DeadlineSubject(KIND, questionId, STAGE, q.writtenAnswer().unitCode(), null, null,
                false, label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label);
        return StepClock.counted(subject, c.heldAt() != null ? c.heldAt() : Conferences.now().toInstant());
    }

    /** The unit's task appeared with its due date: the request goes out. */
    void awaited(String questionId, Instant dueAt, String actor) {
        jdbc.sql("UPDATE dialogue_written_answer SET due_at = ? WHERE question_id = ?")
                .params(Timestamp.from(dueAt), questionId).update();
        Question q = questions.get(questionId);
        WrittenAnswer w = q.writtenAnswer();
        conferences.change(q.conferenceId(), EventType.DIALOGUE_WRITTEN_ANSWER_REQUESTED, "written-answer-requested",
                actor, ConferenceChange.keep().writtenAnswer(q, w).note("Câu hỏi " + q.number() + " chưa được trả lời tại "
                        + "hội nghị: " + w.unitName() + " trả lời bằng văn bản, hạn " + Dates.shown(dueAt)));
    }

    String reminded(String questionId) {
        Question q = questions.get(questionId);
        String note = "Sắp đến hạn trả lời bằng văn bản câu hỏi " + q.number() + ": " + Dates.shown(q.writtenAnswer().dueAt());
        conferences.change(q.conferenceId(), EventType.DIALOGUE_WRITTEN_ANSWER_REMINDED, "written-answer-reminded",
                StepSupport.SYSTEM, ConferenceChange.keep().writtenAnswer(q, q.writtenAnswer()).note(note));
        return note;
    }

    void late(String questionId, Lateness lateness, String followedUpBy) {
        jdbc.sql("UPDATE dialogue_written_answer SET late_state = ? WHERE question_id = ?").params(lateness.name(), questionId)
                .update();
        Question q = questions.get(questionId);
        WrittenAnswer w = q.writtenAnswer();
        conferences.change(q.conferenceId(), EventType.DIALOGUE_WRITTEN_ANSWER_OVERDUE, "written-answer-overdue",
                StepSupport.SYSTEM, ConferenceChange.keep().writtenAnswer(q, w).note("Câu hỏi " + q.number() + ": "
                        + w.unitName() + " chưa trả lời bằng văn bản (hạn " + Dates.shown(w.dueAt()) + "); đôn đốc: "
                        + followedUpBy));
    }

    /** The calendar changed and moved the due date (the timers are already moved). */
    void rescheduled(String questionId, Instant dueAt, String reason) {
        jdbc.sql("UPDATE dialogue_written_answer SET due_at = ? WHERE question_id = ?")
                .params(Timestamp.from(dueAt), questionId).update();
        Question q = questions.get(questionId);
        conferences.change(q.conferenceId(), null, "written-answer-rescheduled", StepSupport.SYSTEM,
                ConferenceChange.keep()
                .question(questionId, q.caseIds()).note("Hạn trả lời câu hỏi " + q.number() + ": " + Dates.shown(dueAt)
                        + " (" + reason + ")"));
    }

    /** What the unit's form records. */
    record Answer(String content, String documentNumber, LocalDate documentDate, String answeredBy) {
    }

    /**
     * The unit's answer is recorded: the question is answered in writing (late if after its due date),
     * each linked petition case notes it on its timeline, the event goes out (the notification module
     * tells the citizens of those cases), and the conference is done once nothing else is open.
     */
    void answered(String questionId, Answer answer, String actor) {
        Question q = questions.get(questionId);
        Conference c = conferences.get(q.conferenceId());
        documentDateProblem(q, answer.documentDate()).ifPresent(problem -> {
            throw new StepRejectedException("Ngày văn bản trả lời (" + DialogueWrittenAnswerProcess.DOCUMENT_DATE + ") "
                    + problem);
        });
        Timestamp now = Conferences.now();
        jdbc.sql("""
                UPDATE dialogue_written_answer SET state = 'ANSWERED', content = ?, document_number = ?, document_date = ?,
                    answered_by = ?, recorded_by = ?, answered_at = ?,
                    late_state = CASE WHEN late_state = 'ON_TIME' AND due_at < ? THEN 'LATE' ELSE late_state END
                WHERE question_id = ?""")
                .params(answer.content(), answer.documentNumber(), answer.documentDate(), answer.answeredBy(), actor, now,
                        now, questionId).update();
        jdbc.sql("UPDATE dialogue_question SET state = 'ANSWERED_IN_WRITING' WHERE question_id = ?").param(questionId)
                .update();
        Question answered = questions.get(questionId);
        WrittenAnswer w = answered.writtenAnswer();
        String document = "văn bản số " + answer.documentNumber() + " ngày " + Dates.shown(answer.documentDate())
                + " của " + w.unitName();
        for (String caseId : answered.caseIds()) {
            petitions.answeredInWriting(caseId, c.conferenceId(), "câu hỏi " + q.number() + " (" + q.content()
                    + ") được trả lời bằng " + document, actor);
        }
        conferences.change(c.conferenceId(), EventType.DIALOGUE_QUESTION_ANSWERED_IN_WRITING,
                "question-answered-in-writing", actor, ConferenceChange.keep().writtenAnswer(answered, w)
                        .note("Câu hỏi " + q.number() + " đã được trả lời bằng " + document
                                + (w.late() ? " (trễ hạn " + Dates.shown(w.dueAt()) + ")" : "")));
        tracking.closeIfDone(c.conferenceId(), actor);
    }

    /** What is wrong with the answering document's date: after today, or before the conference (empty: nothing). */
    @Transactional(propagation = Propagation.SUPPORTS)
    java.util.Optional<String> documentDateProblem(Question question, LocalDate documentDate) {
        LocalDate today = WorkingCalendar.dayOf(Conferences.now().toInstant());
        if (documentDate.isAfter(today)) {
            return java.util.Optional.of("không được sau hôm nay " + Dates.shown(today));
        }
        Instant heldAt = conferences.get(question.conferenceId()).heldAt();
        if (heldAt != null && documentDate.isBefore(WorkingCalendar.dayOf(heldAt))) {
            return java.util.Optional.of("không được trước ngày hội nghị " + Dates.shown(WorkingCalendar.dayOf(heldAt)));
        }
        return java.util.Optional.empty();
    }

    /** The written answer of a question, for other modules (the citizen's message names the document). */
    @Transactional(propagation = Propagation.SUPPORTS)
    java.util.Optional<WrittenAnswer> of(String questionId) {
        return jdbc.sql(Questions.SELECT + " WHERE q.question_id = ?").param(questionId)
                .query((rs, row) -> java.util.Optional.ofNullable(WrittenAnswer.map(rs, "wa_"))).optional()
                .flatMap(found -> found);
    }
}
