package vn.danvan.dialogue;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitWork;

/**
 * The written answers a unit still owes when it is merged or closed go to the unit that takes over
 * its work: the record, the process variable that names the task's group (the organisation moves the
 * task itself), and a line in the conference's history. A unit with such answers and no successor is
 * not closed.
 */
@Component
class WrittenAnswerReassignment implements UnitWork {

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final Conferences conferences;

    WrittenAnswerReassignment(JdbcClient jdbc, RuntimeService runtimeService, Conferences conferences) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.conferences = conferences;
    }

    @Override
    public String itemsLabel() {
        return "câu hỏi chờ trả lời bằng văn bản sau hội nghị đối thoại";
    }

    @Override
    public long openItems(String unitCode) {
        return jdbc.sql("SELECT count(*) FROM dialogue_written_answer WHERE unit_code = ? AND state = 'OPEN'")
                .param(unitCode).query(Long.class).single();
    }

    private record Open(String questionId, String conferenceId, String processInstanceId) {
    }

    @Override
    public int handOver(Unit from, Unit to, String actor) {
        List<Open> open = jdbc.sql("""
                SELECT question_id, conference_id, process_instance_id FROM dialogue_written_answer
                WHERE unit_code = ? AND state = 'OPEN' ORDER BY question_id FOR UPDATE""").param(from.code())
                .query((rs, row) -> new Open(rs.getString("question_id"), rs.getString("conference_id"),
                        rs.getString("process_instance_id"))).list();
        for (Open answer : open) {
            jdbc.sql("UPDATE dialogue_written_answer SET unit_code = ? WHERE question_id = ?")
                    .params(to.code(), answer.questionId()).update();
            if (answer.processInstanceId() != null) {
                runtimeService.setVariable(answer.processInstanceId(), DialogueWrittenAnswerProcess.ANSWER_UNIT_CODE,
                        to.code());
            }
            conferences.change(answer.conferenceId(), null, "written-answer-reassigned", actor, ConferenceChange.keep()
                    .question(answer.questionId(), null).note("Câu hỏi " + answer.questionId() + " chuyển từ "
                            + from.name() + " sang " + to.name() + " trả lời bằng văn bản (sắp xếp tổ chức)"));
        }
        return open.size();
    }
}
