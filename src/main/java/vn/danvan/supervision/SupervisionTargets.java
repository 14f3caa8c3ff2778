package vn.danvan.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/**
 * The resolution's target: each Front and organisation unit runs one to two or more campaigns a
 * year. Counts come from this module's own campaign table (the same changes its events report).
 * From a configured day a unit with none planned gets a reminder task, and from a second day the
 * committee gets a task to urge it; each goes out once per unit and year.
 */
@Service
class SupervisionTargets {

    static final String REMINDER = "REMINDER";
    static final String ESCALATION = "ESCALATION";

    private final UnitDirectory units;
    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final SupervisionProperties properties;
    private final SupervisionTargetRule rule;

    SupervisionTargets(UnitDirectory units, JdbcClient jdbc, RuntimeService runtimeService,
            SupervisionProperties properties, SupervisionTargetRule rule) {
        this.units = units;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.properties = properties;
        this.rule = rule;
    }

    List<Target> of(int year) {
        List<Target> targets = new ArrayList<>();
        Map<String, Map<String, Object>> counts = new HashMap<>();
        jdbc.sql("""
                SELECT unit_code, count(*) FILTER (WHERE status NOT IN (:uncounted)) AS planned,
                       count(*) FILTER (WHERE status = :completed) AS completed
                FROM supervision_campaign WHERE year = :year GROUP BY unit_code""")
                .param("uncounted", rule.uncountedStatuses()).param("completed", rule.completedStatus())
                .param("year", year).query().listOfRows()
                .forEach(row -> counts.put((String) row.get("unit_code"), row));
        for (Unit unit : rule.measuredUnits(units.all())) {
            Map<String, Object> row = counts.getOrDefault(unit.code(), Map.of("planned", 0, "completed", 0));
            int planned = ((Number) row.get("planned")).intValue();
            int completed = ((Number) row.get("completed")).intValue();
            targets.add(new Target(unit.code(), unit.name(), year, planned, completed, rule.min(), rule.max(),
                    rule.status(planned, completed).name()));
        }
        return targets;
    }

    /** The yearly check as of {@code today}: reminders, then escalations, for units with nothing planned. */
    @Transactional
    List<String> check(LocalDate today, Instant now) {
        List<String> started = new ArrayList<>();
        boolean remind = !today.isBefore(properties.reminderDay().atYear(today.getYear()));
        boolean escalate = !today.isBefore(properties.escalationDay().atYear(today.getYear()));
        for (Target target : of(today.getYear())) {
            if (target.planned() > 0) {
                continue;
            }
            if (remind && notice(target, REMINDER, now)) {
                started.add(start(target, REMINDER, "Đến ngày " + properties.targetReminderDate() + " đơn vị chưa có cuộc giám sát nào trong chương trình năm. Chỉ tiêu: "
                        + properties.targetMin() + "-" + properties.targetMax() + " cuộc mỗi năm (Nghị quyết, mục II.2.2)."));
            }
            if (escalate && notice(target, ESCALATION, now)) {
                started.add(start(target, ESCALATION, target.unitName() + " (" + target.unitCode()
                        + ") chưa có cuộc giám sát nào trong năm dù đã được nhắc."));
            }
        }
        return started;
    }

    private boolean notice(Target target, String stage, Instant now) {
        return jdbc.sql("""
                INSERT INTO supervision_target_notice (unit_code, year, stage, sent_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(target.unitCode(), target.year(), stage, Timestamp.from(now))
                .update() == 1;
    }

    private String start(Target target, String stage, String message) {
        String key = "TARGET-" + target.unitCode().toUpperCase(java.util.Locale.ROOT) + "-" + target.year() + "-" + stage;
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupervisionCampaignProcess.UNIT_CODE, target.unitCode());
        variables.put(SupervisionCampaignProcess.COMMITTEE_UNIT, units.leadingCommittee(target.unitCode()).code());
        variables.put(SupervisionCampaignProcess.YEAR, target.year());
        variables.put(SupervisionYearlyTargetProcess.STAGE, stage);
        variables.put(SupervisionYearlyTargetProcess.MESSAGE, message);
        runtimeService.createProcessInstanceByKey(SupervisionYearlyTargetProcess.KEY).businessKey(key).setVariables(variables).execute();
        return key;
    }

    /** One unit's count against the target; status MET, ON_TRACK or NONE_PLANNED. */
    record Target(String unitCode, String unitName, int year, int planned, int completed, int targetMin,
            int targetMax, String status) {
    }
}
