package vn.danvan.unitreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.DomainEvents;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.contract.UnitReportEventData;
import vn.danvan.organization.Unit;

/**
 * The periods and the units' reports: each change is a row of the period's history and an event on
 * {@code danvan.unit-reports} (through the outbox, in the transaction of the step that made it).
 * Public for the process's expressions ({@code ${unitReports.unitsOf(periodId)}}).
 */
@Service("unitReports")
public class UnitReports {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    private static final String REPORT = """
            SELECT report_id, period_id, unit_code, state, due_at, late_state, people_gathered_percent,
                   members_active_percent, rated_good_or_better, branches_total, branches_good_or_better,
                   officers_total, officers_trained, model_initiatives, residential_areas_total,
                   residential_areas_typical, residential_areas_model, difficult_areas_supported, note,
                   submitted_by, submitted_at, reviewed_by, reviewed_at, return_reason FROM unit_report""";

    private final JdbcClient jdbc;
    private final DomainEvents events;

    UnitReports(JdbcClient jdbc, DomainEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    record Period(String periodId, int year, String kind, String state, String openedBy, Instant openedAt,
            String closedBy, Instant closedAt, Instant completedAt) {
    }

    record Report(String reportId, String periodId, String unitCode, String state, Instant dueAt, String lateState,
            ReportFigures figures, String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt,
            String returnReason) {
    }

    record Entry(String reportId, String action, String actor, Instant at, String note) {
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Opens the period and requests a report from each unit; false when the period exists already. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean open(ReportingPeriod period, List<Unit> reporting, String actor) {
        int created = jdbc.sql("""
                INSERT INTO unit_report_period (period_id, year, kind, state, opened_by, opened_at)
                VALUES (?, ?, ?, 'OPEN', ?, ?) ON CONFLICT DO NOTHING""")
                .params(period.id(), period.year(), period.kind(), actor, ts(now())).update();
        if (created == 0) {
            return false;
        }
        for (Unit unit : reporting) {
            jdbc.sql("INSERT INTO unit_report (report_id, period_id, unit_code, state) VALUES (?, ?, ?, 'REQUESTED')")
                    .params(reportId(period.id(), unit.code()), period.id(), unit.code()).update();
        }
        change(period.id(), null, EventType.UNIT_REPORT_PERIOD_OPENED, "opened", actor,
                "Mở kỳ báo cáo " + period.shown() + ": " + reporting.size() + " đơn vị báo cáo");
        return true;
    }

    /** The units asked to report in a period (the multi-instance collection; an expression of the BPMN). */
    public List<String> unitsOf(String periodId) {
        return jdbc.sql("SELECT unit_code FROM unit_report WHERE period_id = ? ORDER BY report_id").param(periodId)
                .query(String.class).list();
    }

    /** A report's id: the period and the unit (the filing process's business key; an expression of the BPMN). */
    public String reportId(String periodId, String unitCode) {
        return periodId + "-" + unitCode;
    }

    /** The unit's task exists with its due date. */
    @Transactional(propagation = Propagation.MANDATORY)
    void awaited(String reportId, Instant dueAt, String actor) {
        jdbc.sql("UPDATE unit_report SET due_at = ? WHERE report_id = ?").params(ts(dueAt), reportId).update();
        Report r = get(reportId);
        change(r.periodId(), r, EventType.UNIT_REPORT_REQUESTED, "requested", actor,
                r.unitCode() + ": hạn báo cáo " + UnitReportSteps.shown(dueAt));
    }

    /** Why a report cannot be taken now (the period is closed), or empty. */
    Optional<String> refusal(String periodId) {
        return period(periodId).filter(p -> CLOSED.equals(p.state())).map(p -> "Kỳ báo cáo " + periodId
                + " đã khóa; Ban Dân vận phải mở lại kỳ trước khi nhận báo cáo / the period is closed");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void submitted(String reportId, ReportFigures f, String actor) {
        jdbc.sql("""
                UPDATE unit_report SET state = 'SUBMITTED', people_gathered_percent = ?, members_active_percent = ?,
                    rated_good_or_better = ?, branches_total = ?, branches_good_or_better = ?, officers_total = ?,
                    officers_trained = ?, model_initiatives = ?, residential_areas_total = ?,
                    residential_areas_typical = ?, residential_areas_model = ?, difficult_areas_supported = ?, note = ?,
                    submitted_by = ?, submitted_at = ? WHERE report_id = ?""")
                .params(f.peopleGatheredPercent(), f.membersActivePercent(), f.ratedGoodOrBetter(), f.branchesTotal(),
                        f.branchesGoodOrBetter(), f.officersTotal(), f.officersTrained(), f.modelInitiatives(),
                        f.residentialAreasTotal(), f.residentialAreasTypical(), f.residentialAreasModel(),
                        f.difficultAreasSupported(), f.note(), actor, ts(now()), reportId).update();
        Report r = get(reportId);
        change(r.periodId(), r, EventType.UNIT_REPORT_SUBMITTED, "submitted", actor, r.unitCode() + " đã gửi báo cáo");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void accepted(String reportId, String actor) {
        jdbc.sql("UPDATE unit_report SET state = 'ACCEPTED', reviewed_by = ?, reviewed_at = ?, return_reason = NULL"
                + " WHERE report_id = ?").params(actor, ts(now()), reportId).update();
        Report r = get(reportId);
        change(r.periodId(), r, EventType.UNIT_REPORT_ACCEPTED, "accepted", actor, r.unitCode() + ": báo cáo được chấp nhận");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void returned(String reportId, String reason, String actor) {
        jdbc.sql("UPDATE unit_report SET state = 'RETURNED', reviewed_by = ?, reviewed_at = ?, return_reason = ?"
                + " WHERE report_id = ?").params(actor, ts(now()), reason, reportId).update();
        Report r = get(reportId);
        change(r.periodId(), r, EventType.UNIT_REPORT_RETURNED, "returned", actor,
                r.unitCode() + ": trả lại để chỉnh sửa. Lý do: " + reason);
    }

    /** A reminder or the lateness of a unit's report. */
    @Transactional(propagation = Propagation.MANDATORY)
    void timed(String reportId, EventType type, Lateness lateness, String note) {
        if (lateness != null) {
            jdbc.sql("UPDATE unit_report SET late_state = ? WHERE report_id = ?").params(lateness.name(), reportId).update();
        }
        Report r = get(reportId);
        change(r.periodId(), r, type, type == EventType.UNIT_REPORT_REMINDED ? "reminded" : "overdue",
                UnitReportSteps.SYSTEM, r.unitCode() + ": " + note);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void rescheduled(String reportId, Instant dueAt, String reason) {
        jdbc.sql("UPDATE unit_report SET due_at = ? WHERE report_id = ?").params(ts(dueAt), reportId).update();
        Report r = get(reportId);
        history(r.periodId(), reportId, "rescheduled", UnitReportSteps.SYSTEM, reason);
    }

    @Transactional
    Period close(String periodId, String actor) {
        jdbc.sql("UPDATE unit_report_period SET state = 'CLOSED', closed_by = ?, closed_at = ? WHERE period_id = ?")
                .params(actor, ts(now()), periodId).update();
        change(periodId, null, EventType.UNIT_REPORT_PERIOD_CLOSED, "closed", actor, "Khóa kỳ báo cáo");
        return period(periodId).orElseThrow();
    }

    /** Reopens a closed period; who, when and why are the history's row. */
    @Transactional
    Period reopen(String periodId, String reason, String actor) {
        jdbc.sql("UPDATE unit_report_period SET state = 'OPEN', closed_by = NULL, closed_at = NULL WHERE period_id = ?")
                .param(periodId).update();
        change(periodId, null, EventType.UNIT_REPORT_PERIOD_REOPENED, "reopened", actor, reason);
        return period(periodId).orElseThrow();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void completed(String periodId) {
        jdbc.sql("UPDATE unit_report_period SET completed_at = ? WHERE period_id = ?").params(ts(now()), periodId).update();
        change(periodId, null, EventType.UNIT_REPORT_PERIOD_COMPLETED, "completed", UnitReportSteps.SYSTEM,
                "Tất cả báo cáo của kỳ đã được chấp nhận");
    }

    Optional<Period> period(String periodId) {
        return jdbc.sql("SELECT * FROM unit_report_period WHERE period_id = ?").param(periodId)
                .query((rs, n) -> new Period(rs.getString("period_id"), rs.getInt("year"), rs.getString("kind"),
                        rs.getString("state"), rs.getString("opened_by"), instant(rs, "opened_at"),
                        rs.getString("closed_by"), instant(rs, "closed_at"), instant(rs, "completed_at")))
                .optional();
    }

    List<Period> periods() {
        return jdbc.sql("SELECT period_id FROM unit_report_period ORDER BY opened_at DESC").query(String.class).list()
                .stream().map(id -> period(id).orElseThrow()).toList();
    }

    List<Report> reports(String periodId) {
        return jdbc.sql(REPORT + " WHERE period_id = ? ORDER BY report_id").param(periodId).query(UnitReports::map).list();
    }

    Optional<Report> find(String reportId) {
        return jdbc.sql(REPORT + " WHERE report_id = ?").param(reportId).query(UnitReports::map).optional();
    }

    Report get(String reportId) {
        return find(reportId).orElseThrow(() -> new IllegalStateException("No unit report " + reportId));
    }

    /** The accepted reports of the periods of a year. */
    List<Report> acceptedOf(int year) {
        return jdbc.sql(REPORT + " WHERE state = 'ACCEPTED' AND period_id IN"
                + " (SELECT period_id FROM unit_report_period WHERE year = ?) ORDER BY report_id").param(year)
                .query(UnitReports::map).list();
    }

    List<Entry> history(String periodId) {
        return jdbc.sql("SELECT report_id, action, actor, at, note FROM unit_report_history WHERE period_id = ? ORDER BY id")
                .param(periodId).query((rs, n) -> new Entry(rs.getString("report_id"), rs.getString("action"),
                        rs.getString("actor"), instant(rs, "at"), rs.getString("note"))).list();
    }

    private void change(String periodId, Report report, EventType type, String action, String actor, String note) {
        long sequence = jdbc.sql("UPDATE unit_report_period SET last_sequence = last_sequence + 1 WHERE period_id = ?"
                + " RETURNING last_sequence").param(periodId).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO unit_report_history (period_id, report_id, sequence, action, actor, at, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(periodId, report == null ? null : report.reportId(), sequence, action, actor, ts(now()), note)
                .update();
        String state = jdbc.sql("SELECT state FROM unit_report_period WHERE period_id = ?").param(periodId)
                .query(String.class).single();
        events.publish(type, periodId, new UnitReportEventData(periodId, state,
                report == null ? null : report.reportId(), report == null ? null : report.unitCode(),
                report == null ? null : report.state(), report == null ? null : report.dueAt(),
                report == null ? null : report.lateState(), actor, sequence));
    }

    /** A note that publishes no event (the calendar moved a due date). */
    private void history(String periodId, String reportId, String action, String actor, String note) {
        jdbc.sql("INSERT INTO unit_report_history (period_id, report_id, action, actor, at, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(periodId, reportId, action, actor, ts(now()), note).update();
    }

    private static Report map(ResultSet rs, int row) throws SQLException {
        ReportFigures figures = new ReportFigures(rs.getBigDecimal("people_gathered_percent"),
                rs.getBigDecimal("members_active_percent"), (Boolean) rs.getObject("rated_good_or_better"),
                (Integer) rs.getObject("branches_total"), (Integer) rs.getObject("branches_good_or_better"),
                (Integer) rs.getObject("officers_total"), (Integer) rs.getObject("officers_trained"),
                (Integer) rs.getObject("model_initiatives"), (Integer) rs.getObject("residential_areas_total"),
                (Integer) rs.getObject("residential_areas_typical"), (Integer) rs.getObject("residential_areas_model"),
                (Integer) rs.getObject("difficult_areas_supported"), rs.getString("note"));
        return new Report(rs.getString("report_id"), rs.getString("period_id"), rs.getString("unit_code"),
                rs.getString("state"), instant(rs, "due_at"), rs.getString("late_state"), figures,
                rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("reviewed_by"),
                instant(rs, "reviewed_at"), rs.getString("return_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
