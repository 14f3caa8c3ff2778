package vn.danvan.dialogue;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.web.InvalidInputException;

/**
 * Commitments of a conclusion notice. Entered while the conference is held (DRAFT), made when the
 * notice is issued (OPEN, each tracked by its own {@code dialogue-commitment} process), then
 * confirmed fulfilled or not by the Front; an unfinished one is listed on the unit's next plan.
 */
@Service
class Commitments {

    static final String SELECT = """
            SELECT commitment_id, conference_id, number, owner_unit_code, content, due_at, question_id, state,
                   late_state, outcome_note, rolled_over_to, closed_at FROM dialogue_commitment""";

    private final JdbcClient jdbc;
    private final Conferences conferences;
    private final CaseLinks links;
    private final UnitDirectory units;

    Commitments(JdbcClient jdbc, Conferences conferences, CaseLinks links, UnitDirectory units) {
        this.jdbc = jdbc;
        this.conferences = conferences;
        this.links = links;
        this.units = units;
    }

    record NewCommitment(String ownerUnitCode, String content, LocalDate dueDate, String questionId, List<String> caseIds) {
    }

    @Transactional(propagation = Propagation.REQUIRED)
    Commitment add(String conferenceId, NewCommitment c, String actor) {
        Conference conference = conferences.get(conferenceId);
        if (conference.status() != ConferenceStatus.HELD) {
            throw new InvalidInputException("conferenceId", "takes commitments only once held and before its conclusion"
                    + " (status " + conference.status() + ")");
        }
        String owner = c.ownerUnitCode().strip();
        if (units.find(owner).isEmpty()) {
            throw new InvalidInputException("ownerUnitCode", "is not a unit: " + owner);
        }
        if (!c.dueDate().isAfter(WorkingCalendar.dayOf(conference.heldAt()))) {
            throw new InvalidInputException("dueDate", "must be after the conference");
        }
        if (c.questionId() != null && !c.questionId().isBlank() && jdbc.sql(
                "SELECT count(*) FROM dialogue_question WHERE question_id = ? AND conference_id = ?")
                .params(c.questionId(), conferenceId).query(Long.class).single() == 0) {
            throw new InvalidInputException("questionId", "is not a question of " + conferenceId);
        }
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM dialogue_commitment WHERE conference_id = ?")
                .param(conferenceId).query(Integer.class).single();
        String id = "%s-C%02d".formatted(conferenceId, number);
        jdbc.sql("""
                INSERT INTO dialogue_commitment (commitment_id, conference_id, number, owner_unit_code, content, due_at,
                    question_id, state, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(id, conferenceId, number, owner, c.content().strip(),
                        java.sql.Timestamp.from(WorkingCalendar.endOf(c.dueDate())),
                        c.questionId() == null || c.questionId().isBlank() ? null : c.questionId(), actor,
                        Conferences.now()).update();
        links.link(conference, id, CaseLinks.normalised(c.caseIds()));
        conferences.change(conferenceId, null, "commitment-drafted", actor, ConferenceChange.keep()
                .commitment(get(id)).note("Cam kết " + number + " (" + owner + "): " + c.content().strip()));
        return get(id);
    }

    Commitment get(String commitmentId) {
        return jdbc.sql(SELECT + " WHERE commitment_id = ?").param(commitmentId).query((rs, row) -> map(rs)).optional()
                .orElseThrow(() -> new IllegalArgumentException("No commitment " + commitmentId));
    }

    List<Commitment> of(String conferenceId) {
        return jdbc.sql(SELECT + " WHERE conference_id = ? ORDER BY number").param(conferenceId)
                .query((rs, row) -> map(rs)).list();
    }

    List<Commitment> inState(String conferenceId, String state) {
        return jdbc.sql(SELECT + " WHERE conference_id = ? AND state = ? ORDER BY number").params(conferenceId, state)
                .query((rs, row) -> map(rs)).list();
    }

    /** Unfinished commitments of the unit's earlier conferences that no later conference has discussed yet. */
    List<Commitment> unfinishedOf(String unitCode, String exceptConferenceId) {
        return jdbc.sql(SELECT + " " + """
                 WHERE state IN ('OPEN', 'UNFULFILLED') AND conference_id <> :except
                   AND conference_id IN (SELECT conference_id FROM dialogue_conference WHERE unit_code = :unit)
                   AND (rolled_over_to IS NULL OR rolled_over_to IN (SELECT conference_id FROM dialogue_conference
                        WHERE status IN ('HELD', 'CONCLUDED', 'CLOSED', 'REJECTED')))
                 ORDER BY conference_id, number""")
                .param("unit", unitCode).param("except", exceptConferenceId).query((rs, row) -> map(rs)).list();
    }

    List<Commitment> carriedInto(String conferenceId) {
        return jdbc.sql(SELECT + " WHERE rolled_over_to = ? ORDER BY conference_id, number").param(conferenceId)
                .query((rs, row) -> map(rs)).list();
    }

    /** Sets a commitment's state (and its outcome note and closing time when it is finished). */
    void settle(String commitmentId, String state, String note, boolean finished) {
        jdbc.sql("UPDATE dialogue_commitment SET state = ?, outcome_note = coalesce(?, outcome_note), closed_at = ? WHERE commitment_id = ?")
                .params(state, note, finished ? Conferences.now() : null, commitmentId).update();
    }

    void tracked(String commitmentId, String processInstanceId) {
        jdbc.sql("UPDATE dialogue_commitment SET state = 'OPEN', process_instance_id = ? WHERE commitment_id = ?")
                .params(processInstanceId, commitmentId).update();
    }

    void late(String commitmentId, Lateness lateness) {
        jdbc.sql("UPDATE dialogue_commitment SET late_state = ? WHERE commitment_id = ?").params(lateness.name(), commitmentId)
                .update();
    }

    void rolledOver(String commitmentId, String toConferenceId) {
        jdbc.sql("""
                UPDATE dialogue_commitment SET rolled_over_to = ?,
                    state = CASE WHEN state = 'UNFULFILLED' THEN 'ROLLED_OVER' ELSE state END
                WHERE commitment_id = ?""").params(toConferenceId, commitmentId).update();
    }


    private Commitment map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String id = rs.getString("commitment_id");
        return new Commitment(id, rs.getString("conference_id"), rs.getInt("number"), rs.getString("owner_unit_code"),
                rs.getString("content"), rs.getTimestamp("due_at").toInstant(), rs.getString("question_id"),
                rs.getString("state"), rs.getString("late_state"), rs.getString("outcome_note"),
                rs.getString("rolled_over_to"), links.of(id), Conferences.instant(rs, "closed_at"));
    }
}
