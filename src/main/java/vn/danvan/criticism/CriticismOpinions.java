package vn.danvan.criticism;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepSupport;

/**
 * The opinions on a draft: the organisations of the Front's level are asked (one row and one
 * {@code social-criticism-opinion} process each), each answers by its due date; the experts' opinions
 * are recorded by the Front. Opinion ids are the criticism's id and a number: {@code …-Y01}.
 */
@Service("criticismOpinions")
class CriticismOpinions {

    private static final String SELECT = """
            SELECT opinion_id, criticism_id, number, source, unit_code, expert_name, content, state, due_at, late_state,
                   given_by, given_at FROM criticism_opinion""";

    private final JdbcClient jdbc;
    private final Criticisms criticisms;
    private final UnitDirectory units;

    CriticismOpinions(JdbcClient jdbc, Criticisms criticisms, UnitDirectory units) {
        this.jdbc = jdbc;
        this.criticisms = criticisms;
        this.units = units;
    }

    /** Asks the organisations of the Front's level for their opinions: a row each, status COLLECTING_OPINIONS. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Opinion> request(String criticismId, String actor) {
        Criticism c = criticisms.get(criticismId);
        Unit front = units.find(c.unitCode()).orElseThrow(() -> new IllegalStateException("No unit " + c.unitCode()));
        List<Unit> organisations = units.tree().organisationsBeside(front);
        for (Unit organisation : organisations) {
            int number = nextNumber(criticismId);
            jdbc.sql("""
                    INSERT INTO criticism_opinion (opinion_id, criticism_id, number, source, unit_code, state, created_at)
                    VALUES (?, ?, ?, 'ORGANISATION', ?, 'REQUESTED', ?)""")
                    .params(id(criticismId, number), criticismId, number, organisation.code(), Criticisms.now()).update();
        }
        criticisms.change(criticismId, null, actor, CriticismChange.of("opinions-requested")
                .status(CriticismStatus.COLLECTING_OPINIONS)
                .note(organisations.isEmpty() ? "Không có tổ chức chính trị - xã hội cùng cấp để lấy ý kiến"
                        : "Đề nghị góp ý: " + String.join(", ", organisations.stream().map(Unit::name).toList())));
        return ofCriticism(criticismId);
    }

    /** The organisations asked, for the multi-instance call activity (an expression of the BPMN). */
    public List<String> requestedUnits(String criticismId) {
        return jdbc.sql("SELECT unit_code FROM criticism_opinion WHERE criticism_id = ? AND source = 'ORGANISATION' ORDER BY number")
                .param(criticismId).query(String.class).list();
    }

    /** The opinion id of an organisation asked (the opinion process's business key; an expression of the BPMN). */
    public String idOf(String criticismId, String unitCode) {
        return jdbc.sql("SELECT opinion_id FROM criticism_opinion WHERE criticism_id = ? AND unit_code = ?")
                .params(criticismId, unitCode).query(String.class).single();
    }

    /** The organisation's task exists with its due date: the opinion goes out as {@code opinion-requested}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void awaited(String opinionId, Instant dueAt, String actor) {
        jdbc.sql("UPDATE criticism_opinion SET due_at = ? WHERE opinion_id = ?").params(Timestamp.from(dueAt), opinionId).update();
        Opinion opinion = get(opinionId);
        criticisms.change(opinion.criticismId(), EventType.CRITICISM_OPINION_REQUESTED, actor, CriticismChange.of("opinion-requested")
                .opinion(opinion).note("Hạn góp ý của " + unitName(opinion) + ": " + StepSupport.shown(dueAt)));
    }

    /** The organisation gave its opinion: {@code opinion-given}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void given(String opinionId, String content, String actor) {
        jdbc.sql("""
                UPDATE criticism_opinion SET state = 'GIVEN', content = ?, given_by = ?, given_at = ? WHERE opinion_id = ?""")
                .params(content, actor, Criticisms.now(), opinionId).update();
        Opinion opinion = get(opinionId);
        criticisms.change(opinion.criticismId(), EventType.CRITICISM_OPINION_GIVEN, actor, CriticismChange.of("opinion-given")
                .opinion(opinion).note(unitName(opinion) + " đã góp ý"));
    }

    /** A reminder or lateness of an organisation's opinion, on the criticism's history and topic. */
    @Transactional(propagation = Propagation.MANDATORY)
    void timed(String opinionId, EventType type, Lateness lateness, String note) {
        if (lateness != null) {
            jdbc.sql("UPDATE criticism_opinion SET late_state = ? WHERE opinion_id = ?").params(lateness.name(), opinionId)
                    .update();
        }
        Opinion opinion = get(opinionId);
        criticisms.change(opinion.criticismId(), type, StepSupport.SYSTEM,
                CriticismChange.of(type == EventType.CRITICISM_REMINDED ? "reminded" : "overdue").opinion(opinion)
                        .note(unitName(opinion) + ": " + note));
    }

    /** The calendar moved the opinion's due date. */
    @Transactional(propagation = Propagation.MANDATORY)
    void rescheduled(String opinionId, Instant dueAt, String reason) {
        jdbc.sql("UPDATE criticism_opinion SET due_at = ? WHERE opinion_id = ?").params(Timestamp.from(dueAt), opinionId).update();
        Opinion opinion = get(opinionId);
        criticisms.change(opinion.criticismId(), null, StepSupport.SYSTEM, CriticismChange.of("rescheduled")
                .opinion(opinion).note(reason));
    }

    /** The experts' opinions the Front recorded, each a row of its own. */
    @Transactional(propagation = Propagation.MANDATORY)
    void experts(String criticismId, List<ExpertOpinion> opinions, String actor) {
        for (ExpertOpinion expert : opinions) {
            int number = nextNumber(criticismId);
            jdbc.sql("""
                    INSERT INTO criticism_opinion (opinion_id, criticism_id, number, source, expert_name, content, state,
                        given_by, given_at, created_at)
                    VALUES (?, ?, ?, 'EXPERT', ?, ?, 'GIVEN', ?, ?, ?)""")
                    .params(id(criticismId, number), criticismId, number, expert.name(), expert.opinion(), actor,
                            Criticisms.now(), Criticisms.now()).update();
        }
    }

    record ExpertOpinion(String name, String opinion) {
    }

    List<Opinion> ofCriticism(String criticismId) {
        return jdbc.sql(SELECT + " WHERE criticism_id = ? ORDER BY number").param(criticismId).query(CriticismOpinions::map).list();
    }

    Optional<Opinion> find(String opinionId) {
        return jdbc.sql(SELECT + " WHERE opinion_id = ?").param(opinionId).query(CriticismOpinions::map).optional();
    }

    Opinion get(String opinionId) {
        return find(opinionId).orElseThrow(() -> new IllegalStateException("No opinion " + opinionId));
    }

    /** The opinions given so far, one per line, as the Front's forms show them. */
    String text(String criticismId) {
        StringBuilder text = new StringBuilder();
        for (Opinion opinion : ofCriticism(criticismId)) {
            String who = opinion.expertName() != null ? "Chuyên gia " + opinion.expertName() : unitName(opinion);
            text.append("- ").append(who).append(": ")
                    .append(Opinion.GIVEN.equals(opinion.state()) ? opinion.content() : "(chưa góp ý)").append('\n');
        }
        return text.isEmpty() ? "(chưa có ý kiến)" : text.toString().strip();
    }

    String unitName(Opinion opinion) {
        return opinion.unitCode() == null ? opinion.expertName()
                : units.findAny(opinion.unitCode()).map(Unit::name).orElse(opinion.unitCode());
    }

    private int nextNumber(String criticismId) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM criticism_opinion WHERE criticism_id = ?")
                .param(criticismId).query(Integer.class).single();
    }

    private static String id(String criticismId, int number) {
        return String.format(Locale.ROOT, "%s-Y%02d", criticismId, number);
    }

    private static Opinion map(ResultSet rs, int row) throws SQLException {
        return new Opinion(rs.getString("opinion_id"), rs.getString("criticism_id"), rs.getInt("number"),
                rs.getString("source"), rs.getString("unit_code"), rs.getString("expert_name"), rs.getString("content"),
                rs.getString("state"), Criticisms.instant(rs, "due_at"), rs.getString("late_state"),
                rs.getString("given_by"), Criticisms.instant(rs, "given_at"));
    }
}
