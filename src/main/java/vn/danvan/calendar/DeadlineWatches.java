package vn.danvan.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts timed steps under watch: computes their dates from the rules and the calendar, records them,
 * and starts a {@code deadline-watch} process whose timers remind and escalate. Timers run on
 * Camunda's job executor, shared by every node through the database.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DeadlineWatches {

    /** The BPMN extension property that marks a user task as timed; its value is a row of the rule table. */
    public static final String STAGE_PROPERTY = "deadlineStage";

    private final DeadlineRules rules;
    private final DeadlineCalculator calculator;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcClient jdbc;

    DeadlineWatches(DeadlineRules rules, DeadlineCalculator calculator, RuntimeService runtimeService,
            ManagementService managementService, JdbcClient jdbc) {
        this.rules = rules;
        this.calculator = calculator;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** Starts watching a step whose clock started at {@code anchor}, with its due date from the rules. */
    public Deadline watch(String taskId, DeadlineSubject subject, Instant anchor) {
        DeadlineRule rule = rules.find(subject);
        Deadline deadline = calculator.compute(anchor, rule, extensionsUsed(subject.subjectId(), subject.stage()));
        return start(taskId, subject, deadline, false);
    }

    /** The dates a step would get if its clock started at {@code anchor}, without watching it. */
    public Deadline preview(DeadlineSubject subject, Instant anchor) {
        return calculator.compute(anchor, rules.find(subject), extensionsUsed(subject.subjectId(), subject.stage()));
    }

    /**
     * Starts watching a step whose due date a decision fixed (a commitment's date in a conference's
     * conclusion); the reminder and very-late dates follow from the time allowed. A calendar change
     * does not move it.
     */
    public Deadline watchUntil(String taskId, DeadlineSubject subject, Instant anchor, Instant dueAt, String basis) {
        return start(taskId, subject, calculator.fixed(anchor, dueAt, basis), true);
    }

    private Deadline start(String taskId, DeadlineSubject subject, Deadline deadline, boolean explicit) {
        Instant anchor = deadline.anchorAt();
        jdbc.sql("""
                INSERT INTO deadline (task_id, kind, subject_id, stage, unit_code, anchor_at, remind_at, due_at,
                    very_late_at, rule_key, case_type, complexity, remote_area, explicit_due, label)
                VALUES (:task, :kind, :subject, :stage, :unit, :anchor, :remind, :due, :veryLate, :rule, :type,
                    :complexity, :remote, :explicit, :label)""")
                .param("task", taskId).param("kind", subject.kind()).param("subject", subject.subjectId())
                .param("stage", subject.stage()).param("unit", subject.unitCode())
                .param("anchor", Timestamp.from(anchor)).param("remind", Timestamp.from(deadline.remindAt()))
                .param("due", Timestamp.from(deadline.dueAt())).param("veryLate", Timestamp.from(deadline.veryLateAt()))
                .param("rule", deadline.basis()).param("type", subject.caseType()).param("complexity", subject.complexity())
                .param("remote", subject.remoteArea()).param("explicit", explicit)
                .param("label", subject.label() == null || subject.label().length() <= 500 ? subject.label()
                        : subject.label().substring(0, 500)).update();
        // only what the timers need: the rest of the step is read from table deadline when a timer fires
        Map<String, Object> variables = new HashMap<>(dates(deadline));
        variables.put(DeadlineWatchProcess.TASK_ID, taskId);
        variables.put(DeadlineWatchProcess.SUBJECT_ID, subject.subjectId());
        String instanceId = runtimeService.createProcessInstanceByKey(DeadlineWatchProcess.KEY)
                .businessKey(subject.subjectId()).setVariables(variables).execute().getId();
        jdbc.sql("UPDATE deadline SET watch_instance_id = ? WHERE task_id = ?").params(instanceId, taskId).update();
        return deadline;
    }

    /** The stage a user task is timed by ({@code camunda:property deadlineStage}), or null when it is not timed. */
    public static String stageOf(DelegateTask task) {
        ExtensionElements extensions = task.getBpmnModelElementInstance().getExtensionElements();
        if (extensions == null) {
            return null;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> STAGE_PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }

    /** The step is done: its timers stop and any follow-up task of its lateness is withdrawn. */
    public void met(String taskId) {
        Optional<String> instance = jdbc.sql("""
                UPDATE deadline SET state = 'MET' WHERE task_id = ? AND state = 'OPEN' RETURNING watch_instance_id""")
                .param(taskId).query(String.class).optional();
        instance.filter(this::isActive).ifPresent(id -> runtimeService
                .createMessageCorrelation(DeadlineWatchProcess.MESSAGE_MET).processInstanceId(id).correlateWithResult());
    }

    /** How many extensions a subject's stage has been granted so far. */
    public int extensionsUsed(String subjectId, String stage) {
        return jdbc.sql("SELECT count(*) FROM deadline_extension WHERE subject_id = ? AND stage = ?")
                .params(subjectId, stage).query(Integer.class).single();
    }

    /**
     * Grants one more extension if the rule allows it.
     *
     * @return the new deadline of the stage, counted from its original start
     * @throws ExtensionRefusedException when the allowed number is used up (or none is allowed)
     */
    public Deadline extend(DeadlineSubject subject, Instant anchor, String reason, String decisionNumber, String actor,
            Instant now) {
        DeadlineRule rule = rules.find(subject);
        int used = extensionsUsed(subject.subjectId(), subject.stage());
        if (used >= rule.extensionsAllowed()) {
            throw new ExtensionRefusedException(rule.extensionsAllowed(), rule.basis());
        }
        jdbc.sql("""
                INSERT INTO deadline_extension (subject_id, stage, sequence, reason, decision_number, granted_by, granted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(subject.subjectId(), subject.stage(), used + 1, reason, decisionNumber, actor, Timestamp.from(now))
                .update();
        return calculator.compute(anchor, rule, used + 1);
    }

    /** Checks, before an officer's request is accepted, that one more extension is allowed. */
    public void checkExtensionAllowed(DeadlineSubject subject) {
        DeadlineRule rule = rules.find(subject);
        if (extensionsUsed(subject.subjectId(), subject.stage()) >= rule.extensionsAllowed()) {
            throw new ExtensionRefusedException(rule.extensionsAllowed(), rule.basis());
        }
    }

    /** The open watched steps whose period covers a day, for recomputation after a calendar change. */
    List<OpenDeadline> openCovering(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT task_id, kind, subject_id, stage, unit_code, anchor_at, due_at, remind_at, very_late_at,
                       case_type, complexity, remote_area, watch_instance_id
                FROM deadline WHERE state = 'OPEN' AND NOT explicit_due AND anchor_at <= ? AND very_late_at >= ?""")
                .params(Timestamp.from(to), Timestamp.from(from))
                .query((rs, row) -> new OpenDeadline(rs.getString("task_id"),
                        new DeadlineSubject(rs.getString("kind"), rs.getString("subject_id"), rs.getString("stage"),
                                rs.getString("unit_code"), rs.getString("case_type"), rs.getString("complexity"),
                                rs.getBoolean("remote_area"), null),
                        rs.getTimestamp("anchor_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                        rs.getString("watch_instance_id")))
                .list();
    }

    /** Computes an open step's dates again; moves its timers and returns the new dates if they changed. */
    Optional<Deadline> recompute(OpenDeadline open) {
        Deadline deadline = calculator.compute(open.anchorAt(), rules.find(open.subject()),
                extensionsUsed(open.subject().subjectId(), open.subject().stage()));
        if (deadline.dueAt().equals(open.dueAt())) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE deadline SET remind_at = ?, due_at = ?, very_late_at = ? WHERE task_id = ?")
                .params(Timestamp.from(deadline.remindAt()), Timestamp.from(deadline.dueAt()),
                        Timestamp.from(deadline.veryLateAt()), open.taskId()).update();
        if (open.watchInstanceId() != null && isActive(open.watchInstanceId())) {
            runtimeService.setVariables(open.watchInstanceId(), dates(deadline));
            // a waiting timer re-reads its expression (${dueAt}, ...) from the variables just set
            for (Job timer : managementService.createJobQuery().processInstanceId(open.watchInstanceId()).timers().list()) {
                managementService.recalculateJobDuedate(timer.getId(), false);
            }
        }
        return Optional.of(deadline);
    }

    /** The watched step of a watch process, as its timers and follow-up tasks need it. */
    WatchedStep step(String taskId) {
        return jdbc.sql("""
                SELECT task_id, kind, subject_id, stage, unit_code, remind_at, due_at, very_late_at, label
                FROM deadline WHERE task_id = ?""").param(taskId)
                .query((rs, row) -> new WatchedStep(new DeadlineWatch(rs.getString("task_id"), rs.getString("kind"),
                        rs.getString("subject_id"), rs.getString("stage"), rs.getString("unit_code"),
                        rs.getTimestamp("remind_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                        rs.getTimestamp("very_late_at").toInstant()), rs.getString("label")))
                .single();
    }

    record WatchedStep(DeadlineWatch watch, String label) {
    }

    private boolean isActive(String instanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0;
    }

    private static Map<String, Object> dates(Deadline deadline) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DeadlineWatchProcess.REMIND_AT, Date.from(deadline.remindAt()));
        variables.put(DeadlineWatchProcess.DUE_AT, Date.from(deadline.dueAt()));
        variables.put(DeadlineWatchProcess.VERY_LATE_AT, Date.from(deadline.veryLateAt()));
        return variables;
    }

    record OpenDeadline(String taskId, DeadlineSubject subject, Instant anchorAt, Instant dueAt, String watchInstanceId) {
    }
}
