package vn.danvan.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Times the steps of a case (a conference's commitment, a campaign's self-report...): computes their
 * dates from the rules and the calendar for the boundary timers of their task in the case's own
 * process (see {@link DeadlineTimers}), records them in table {@code deadline}, moves the timers when
 * the calendar changes, and grants extensions. Timers run on Camunda's job executor, shared by every
 * node through the database.
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
    private final RepositoryService repositoryService;
    private final JdbcClient jdbc;
    private final ObjectProvider<DeadlineHandlers> handlers;

    DeadlineWatches(DeadlineRules rules, DeadlineCalculator calculator, RuntimeService runtimeService,
            ManagementService managementService, RepositoryService repositoryService, JdbcClient jdbc,
            ObjectProvider<DeadlineHandlers> handlers) {
        this.rules = rules;
        this.calculator = calculator;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.jdbc = jdbc;
        this.handlers = handlers;
    }

    /** A step's dates, computed when its task is entered, with what its row records. */
    record Plan(String kind, DeadlineSubject subject, Deadline deadline, boolean explicitDue) {
    }

    Plan plan(String kind, StepClock clock) {
        if (clock.fixedDue() != null) {
            return new Plan(kind, clock.subject(), calculator.fixed(clock.anchor(), clock.fixedDue(), clock.fixedBasis()),
                    true);
        }
        return new Plan(kind, clock.subject(), preview(clock.subject(), clock.anchor()), false);
    }

    /**
     * Records a timed task whose timers have just been set (its create listener calls this) and
     * returns its dates, for the task's due date.
     */
    public Deadline watch(DelegateTask task) {
        boolean timed = task.getExecution().getVariableLocal(DeadlineVariables.PLAN) instanceof Plan;
        // a task without the timers is one of a process deployed before them (an upgraded database)
        Plan plan = handlers.getObject().plan(task.getExecution());
        DeadlineSubject subject = plan.subject();
        Deadline deadline = plan.deadline();
        jdbc.sql("""
                INSERT INTO deadline (task_id, kind, subject_id, stage, unit_code, anchor_at, remind_at, due_at,
                    very_late_at, rule_key, case_type, complexity, remote_area, explicit_due, label,
                    process_instance_id, execution_id, activity_id)
                VALUES (:task, :kind, :subject, :stage, :unit, :anchor, :remind, :due, :veryLate, :rule, :type,
                    :complexity, :remote, :explicit, :label, :instance, :execution, :activity)""")
                .param("task", task.getId()).param("kind", plan.kind()).param("subject", subject.subjectId())
                .param("stage", subject.stage()).param("unit", subject.unitCode())
                .param("anchor", Timestamp.from(deadline.anchorAt())).param("remind", Timestamp.from(deadline.remindAt()))
                .param("due", Timestamp.from(deadline.dueAt())).param("veryLate", Timestamp.from(deadline.veryLateAt()))
                .param("rule", deadline.basis()).param("type", subject.caseType()).param("complexity", subject.complexity())
                .param("remote", subject.remoteArea()).param("explicit", plan.explicitDue())
                .param("label", subject.label() == null || subject.label().length() <= 500 ? subject.label()
                        : subject.label().substring(0, 500))
                .param("instance", task.getProcessInstanceId()).param("execution", task.getExecutionId())
                .param("activity", task.getTaskDefinitionKey()).update();
        if (!timed) {
            startLegacyWatch(task.getId(), subject, deadline);
        }
        return deadline;
    }

    /**
     * Records the watch of a task if its BPMN times it ({@value #STAGE_PROPERTY}) and shows its due
     * date in Tasklist: what every module's create listener does first.
     *
     * @return the task's dates; empty for an untimed task, which is left alone
     */
    public Optional<Deadline> watchIfTimed(DelegateTask task) {
        if (stageOf(task) == null) {
            return Optional.empty();
        }
        Deadline deadline = watch(task);
        task.setDueDate(Date.from(deadline.dueAt()));
        return Optional.of(deadline);
    }

    /** A task ended (completed or deleted): the watch of a timed one is met. */
    public void ended(DelegateTask task) {
        if (stageOf(task) != null) {
            met(task.getId());
        }
    }

    /**
     * A process deployed before the timers moved into the case's process still runs in an upgraded
     * database: its timed tasks get the separate watch process they were built for, while it lasts.
     */
    private void startLegacyWatch(String taskId, DeadlineSubject subject, Deadline deadline) {
        Map<String, Object> variables = new HashMap<>(Map.of("remindAt", Date.from(deadline.remindAt()),
                "dueAt", Date.from(deadline.dueAt()), "veryLateAt", Date.from(deadline.veryLateAt()),
                DeadlineVariables.LEGACY_TASK_ID, taskId, "subjectId", subject.subjectId()));
        String instanceId = runtimeService.createProcessInstanceByKey(DeadlineVariables.LEGACY_PROCESS)
                .businessKey(subject.subjectId()).setVariables(variables).execute().getId();
        jdbc.sql("UPDATE deadline SET watch_instance_id = ?, execution_id = NULL WHERE task_id = ?")
                .params(instanceId, taskId).update();
    }

    /**
     * The dates a step would get if its clock started at {@code anchor}. Computed once per transaction
     * for the same step: intake announces the classification's due date, then its task's timers use it.
     */
    public Deadline preview(DeadlineSubject subject, Instant anchor) {
        @SuppressWarnings("unchecked")
        Map<String, Deadline> computed = (Map<String, Deadline>) TransactionSynchronizationManager.getResource(PREVIEWS);
        if (computed == null) {
            computed = new HashMap<>();
            TransactionSynchronizationManager.bindResource(PREVIEWS, computed);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PREVIEWS);
                }
            });
        }
        String key = subject.kind() + "|" + subject.subjectId() + "|" + subject.stage() + "|" + subject.caseType() + "|"
                + subject.complexity() + "|" + subject.remoteArea() + "|" + anchor;
        return computed.computeIfAbsent(key, k -> {
            DeadlineRule rule = rules.find(subject);
            // a stage that allows no extension has none to count
            int used = rule.extensionsAllowed() == 0 ? 0 : extensionsUsed(subject.subjectId(), subject.stage());
            return calculator.compute(anchor, rule, used);
        });
    }

    private static final Object PREVIEWS = new Object();

    private static void forgetPreviews() {
        Object computed = TransactionSynchronizationManager.getResource(PREVIEWS);
        if (computed instanceof Map<?, ?> map) {
            map.clear();
        }
    }

    /** The stage a user task is timed by ({@code camunda:property deadlineStage}), or null when it is not timed. */
    public static String stageOf(DelegateTask task) {
        return stageOf(task.getBpmnModelElementInstance());
    }

    static String stageOf(org.camunda.bpm.model.bpmn.instance.BaseElement element) {
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> STAGE_PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }

    /**
     * The step is done. Its timers ended with its task and its follow-up tasks with the step's
     * subprocess; only a legacy {@code deadline-watch} process is told.
     */
    public void met(String taskId) {
        Optional<String> legacy = jdbc.sql("""
                UPDATE deadline SET state = 'MET' WHERE task_id = ? AND state = 'OPEN' RETURNING watch_instance_id""")
                .param(taskId).query(String.class).optional();
        legacy.filter(this::isActive).ifPresent(id -> runtimeService
                .createMessageCorrelation(DeadlineVariables.LEGACY_MESSAGE_MET).processInstanceId(id).correlateWithResult());
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
        forgetPreviews();
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
                       case_type, complexity, remote_area, watch_instance_id, execution_id
                FROM deadline WHERE state = 'OPEN' AND NOT explicit_due AND anchor_at <= ? AND very_late_at >= ?""")
                .params(Timestamp.from(to), Timestamp.from(from))
                .query((rs, row) -> new OpenDeadline(rs.getString("task_id"),
                        new DeadlineSubject(rs.getString("kind"), rs.getString("subject_id"), rs.getString("stage"),
                                rs.getString("unit_code"), rs.getString("case_type"), rs.getString("complexity"),
                                rs.getBoolean("remote_area"), null),
                        rs.getTimestamp("anchor_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                        rs.getString("watch_instance_id"), rs.getString("execution_id")))
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
        if (open.executionId() != null) {
            // the boundary timers of the step's task: each waits for the date its expression names
            for (Job timer : managementService.createJobQuery().executionId(open.executionId()).timers().list()) {
                DeadlineTimers.Moment moment = momentOf(timer);
                if (moment != null) {
                    managementService.setJobDuedate(timer.getId(), Date.from(moment.of(deadline)), false);
                }
            }
        } else if (open.watchInstanceId() != null && isActive(open.watchInstanceId())) {
            runtimeService.setVariables(open.watchInstanceId(), Map.of("remindAt", Date.from(deadline.remindAt()),
                    "dueAt", Date.from(deadline.dueAt()), "veryLateAt", Date.from(deadline.veryLateAt())));
            // a legacy watch's waiting timer re-reads its expression (${dueAt}, ...) from the variables just set
            for (Job timer : managementService.createJobQuery().processInstanceId(open.watchInstanceId()).timers().list()) {
                managementService.recalculateJobDuedate(timer.getId(), false);
            }
        }
        return Optional.of(deadline);
    }

    private DeadlineTimers.Moment momentOf(Job timer) {
        String activityId = managementService.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
                .singleResult().getActivityId();
        if (!(repositoryService.getBpmnModelInstance(timer.getProcessDefinitionId())
                .getModelElementById(activityId) instanceof BoundaryEvent boundary)) {
            return null;
        }
        return boundary.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                .map(TimerEventDefinition.class::cast).map(TimerEventDefinition::getTimeDate)
                .filter(java.util.Objects::nonNull).map(date -> DeadlineTimers.Moment.of(date.getTextContent()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** A watched step by its task, as its timers' paths and follow-up tasks need it. */
    WatchedStep step(String taskId) {
        return jdbc.sql(STEP + " WHERE task_id = ?").param(taskId).query(DeadlineWatches::watchedStep).single();
    }

    /** The open step of a task of a process instance: the one its boundary timers belong to. */
    WatchedStep openStep(String processInstanceId, String activityId) {
        return jdbc.sql(STEP + " WHERE process_instance_id = ? AND activity_id = ? AND state = 'OPEN'")
                .params(processInstanceId, activityId).query(DeadlineWatches::watchedStep).single();
    }

    private static final String STEP = """
            SELECT task_id, kind, subject_id, stage, unit_code, remind_at, due_at, very_late_at, label FROM deadline""";

    private static WatchedStep watchedStep(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new WatchedStep(new DeadlineWatch(rs.getString("task_id"), rs.getString("kind"),
                rs.getString("subject_id"), rs.getString("stage"), rs.getString("unit_code"),
                rs.getTimestamp("remind_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                rs.getTimestamp("very_late_at").toInstant()), rs.getString("label"));
    }

    record WatchedStep(DeadlineWatch watch, String label) {
    }

    private boolean isActive(String instanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0;
    }

    record OpenDeadline(String taskId, DeadlineSubject subject, Instant anchorAt, Instant dueAt, String watchInstanceId,
            String executionId) {
    }
}
