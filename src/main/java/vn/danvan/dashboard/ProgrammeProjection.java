package vn.danvan.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.InboundEvent;
import vn.danvan.messaging.contract.DialogueEventData;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.contract.SupervisionEventData;

/**
 * Projects dialogue conferences, their commitments and written answers, supervision campaigns and their
 * recommendations for the scorecard. Each row keeps the sequence of the last event applied to it,
 * so a redelivered or older event changes nothing.
 */
@Component
class ProgrammeProjection {

    private final JdbcClient jdbc;

    ProgrammeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void dialogue(InboundEvent event) {
        DialogueEventData d = event.data(DialogueEventData.class);
        jdbc.sql("""
                INSERT INTO dash_dialogue AS c (conference_id, unit, level, status, title, planned_date, held_at, year, last_sequence)
                VALUES (:id, :unit, :level, :status, :title, :planned, :held, :year, :seq)
                ON CONFLICT (conference_id) DO UPDATE SET unit = excluded.unit, level = excluded.level,
                    status = excluded.status, title = coalesce(excluded.title, c.title),
                    planned_date = coalesce(excluded.planned_date, c.planned_date),
                    held_at = coalesce(excluded.held_at, c.held_at), year = coalesce(excluded.year, c.year),
                    last_sequence = excluded.last_sequence
                WHERE c.last_sequence < excluded.last_sequence""")
                .param("id", d.conferenceId()).param("unit", d.unitCode()).param("level", d.level())
                .param("status", d.status()).param("title", d.title()).param("planned", d.plannedDate())
                .param("held", ts(d.heldAt())).param("year", d.plannedDate() == null ? null : d.plannedDate().getYear())
                .param("seq", d.sequence()).update();
        String state = switch (event.type()) {
            case DIALOGUE_COMMITMENT_MADE -> "MADE";
            case DIALOGUE_COMMITMENT_FULFILLED -> "FULFILLED";
            case DIALOGUE_COMMITMENT_UNFULFILLED -> "UNFULFILLED";
            case DIALOGUE_COMMITMENT_OVERDUE -> "OVERDUE";
            default -> null;
        };
        if (state != null && d.commitmentId() != null) {
            jdbc.sql("""
                    INSERT INTO dash_commitment AS m (commitment_id, conference_id, owner_unit, due_at, state, last_sequence)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (commitment_id) DO UPDATE SET owner_unit = coalesce(excluded.owner_unit, m.owner_unit),
                        due_at = coalesce(excluded.due_at, m.due_at), state = excluded.state,
                        last_sequence = excluded.last_sequence
                    WHERE m.last_sequence < excluded.last_sequence""")
                    .params(d.commitmentId(), d.conferenceId(), d.ownerUnitCode(), ts(d.dueAt()), state, d.sequence())
                    .update();
        }
        writtenAnswer(event, d);
    }

    /** A question the conference left to a unit to answer in writing: requested, overdue, answered (late or not). */
    private void writtenAnswer(InboundEvent event, DialogueEventData d) {
        String state = switch (event.type()) {
            // a reminder changes nothing counted (and may even come after the escalation: both are timers)
            case DIALOGUE_WRITTEN_ANSWER_REQUESTED -> "REQUESTED";
            case DIALOGUE_WRITTEN_ANSWER_OVERDUE -> "OVERDUE";
            case DIALOGUE_QUESTION_ANSWERED_IN_WRITING -> "ANSWERED";
            default -> null;
        };
        if (state == null || d.questionId() == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO dash_written_answer AS w (question_id, conference_id, answer_unit, due_at, state, late, last_sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (question_id) DO UPDATE SET answer_unit = coalesce(excluded.answer_unit, w.answer_unit),
                    due_at = coalesce(excluded.due_at, w.due_at), state = excluded.state, late = excluded.late,
                    last_sequence = excluded.last_sequence
                WHERE w.last_sequence < excluded.last_sequence""")
                .params(d.questionId(), d.conferenceId(), d.ownerUnitCode(), ts(d.dueAt()), state,
                        d.lateState() != null && !Lateness.ON_TIME.name().equals(d.lateState()), d.sequence())
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void supervision(InboundEvent event) {
        SupervisionEventData s = event.data(SupervisionEventData.class);
        jdbc.sql("""
                INSERT INTO dash_supervision AS c (campaign_id, unit, year, quarter, status, subject, last_sequence)
                VALUES (:id, :unit, :year, :quarter, :status, :subject, :seq)
                ON CONFLICT (campaign_id) DO UPDATE SET unit = excluded.unit, year = coalesce(excluded.year, c.year),
                    quarter = coalesce(excluded.quarter, c.quarter), status = excluded.status,
                    subject = coalesce(excluded.subject, c.subject), last_sequence = excluded.last_sequence
                WHERE c.last_sequence < excluded.last_sequence""")
                .param("id", s.campaignId()).param("unit", s.unitCode()).param("year", s.year())
                .param("quarter", s.plannedQuarter()).param("status", s.status()).param("subject", s.subject())
                .param("seq", s.sequence()).update();
        String state = switch (event.type()) {
            case SUPERVISION_RECOMMENDATION_MADE -> "MADE";
            case SUPERVISION_ANSWERED -> "ANSWERED";
            case SUPERVISION_JUDGED -> "JUDGED";
            case SUPERVISION_OVERDUE -> "OVERDUE";
            default -> null;
        };
        if (state != null && s.recommendationId() != null) {
            jdbc.sql("""
                    INSERT INTO dash_recommendation AS r (recommendation_id, campaign_id, due_at, state, response, judgement, last_sequence)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (recommendation_id) DO UPDATE SET due_at = coalesce(excluded.due_at, r.due_at),
                        state = excluded.state, response = coalesce(excluded.response, r.response),
                        judgement = coalesce(excluded.judgement, r.judgement), last_sequence = excluded.last_sequence
                    WHERE r.last_sequence < excluded.last_sequence""")
                    .params(s.recommendationId(), s.campaignId(), ts(s.dueAt()), state, s.response(), s.judgement(),
                            s.sequence())
                    .update();
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
