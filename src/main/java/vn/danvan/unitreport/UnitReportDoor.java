package vn.danvan.unitreport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Caller;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.web.UnacceptableInputException;

/**
 * The REST doors of the unit-report processes: they check what Tasklist's forms cannot say as a status
 * (who may, whether the step is waiting, whether the period is open) and then act through the same
 * process steps as Tasklist, so the same listeners record the change.
 */
@Service
class UnitReportDoor {

    private final UnitReports reports;
    private final UnitReportAccess access;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    UnitReportDoor(UnitReports reports, UnitReportAccess access, RuntimeService runtime, TaskService tasks,
            IdentityService identity) {
        this.reports = reports;
        this.access = access;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Opens a period: starts {@code unit-report}, whose first step requests every unit's report. */
    @Transactional
    UnitReports.Period open(String periodText, Caller caller) {
        ReportingPeriod period = ReportingPeriod.parse("period", periodText);
        mayReview(caller);
        if (reports.period(period.id()).isPresent()) {
            throw new UnacceptableInputException(HttpStatus.CONFLICT, "period", "Kỳ báo cáo " + period.id()
                    + " đã được mở / the period exists already");
        }
        as(caller, () -> runtime.startProcessInstanceByKey(UnitReportProcess.KEY, period.id(),
                Map.of(UnitReportProcess.PERIOD, period.id())));
        return reports.period(period.id()).orElseThrow();
    }

    /** The unit's officer reports its figures (or corrects a returned report). */
    @Transactional
    UnitReports.Report submit(String periodId, String unitCode, ReportFigures figures, Caller caller) {
        UnitReports.Report report = report(periodId, unitCode, caller);
        if (!access.reportsFor(caller, unitCode)) {
            throw new AccessDeniedException("Only the unit's own officers report its figures");
        }
        List<ReportFigures.Problem> problems = figures.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> Map.entry(p.field(), p.reason())).toList());
        }
        reports.refusal(periodId).ifPresent(reason -> {
            throw new UnacceptableInputException(HttpStatus.CONFLICT, "periodId", reason);
        });
        Task task = waiting(report.reportId(), UnitReportFilingProcess.TASK_SUBMIT, "Báo cáo không chờ đơn vị gửi"
                + " (trạng thái " + report.state() + ") / the report is not awaiting the unit's figures");
        as(caller, () -> tasks.complete(task.getId(), figures.variables()));
        return reports.get(report.reportId());
    }

    /** The commission accepts the report or returns it with a reason. */
    @Transactional
    UnitReports.Report review(String periodId, String unitCode, String decision, String reason, Caller caller) {
        UnitReports.Report report = report(periodId, unitCode, caller);
        mayReview(caller);
        if (!UnitReportFilingProcess.ACCEPT.equals(decision) && !UnitReportFilingProcess.RETURN.equals(decision)) {
            throw new InvalidInputException("decision", "must be ACCEPT or RETURN");
        }
        if (UnitReportFilingProcess.RETURN.equals(decision) && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "Trả lại báo cáo phải ghi rõ lý do / a returned report needs a reason");
        }
        Task task = waiting(report.reportId(), UnitReportFilingProcess.TASK_REVIEW, "Báo cáo không chờ xem xét"
                + " (trạng thái " + report.state() + ") / the report is not awaiting review");
        Map<String, Object> variables = new HashMap<>();
        variables.put(UnitReportFilingProcess.REVIEW_DECISION, decision);
        variables.put(UnitReportFilingProcess.RETURN_REASON, reason == null ? null : reason.strip());
        as(caller, () -> tasks.complete(task.getId(), variables));
        return reports.get(report.reportId());
    }

    @Transactional
    UnitReports.Period close(String periodId, Caller caller) {
        UnitReports.Period period = period(periodId);
        mayReview(caller);
        if (UnitReports.CLOSED.equals(period.state())) {
            throw new UnacceptableInputException(HttpStatus.CONFLICT, "periodId", "Kỳ báo cáo đã khóa / the period is closed already");
        }
        return reports.close(periodId, caller.userId());
    }

    @Transactional
    UnitReports.Period reopen(String periodId, String reason, Caller caller) {
        UnitReports.Period period = period(periodId);
        mayReview(caller);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Mở lại kỳ báo cáo phải ghi rõ lý do / reopening needs a reason");
        }
        if (!UnitReports.CLOSED.equals(period.state())) {
            throw new UnacceptableInputException(HttpStatus.CONFLICT, "periodId", "Kỳ báo cáo đang mở / the period is open");
        }
        return reports.reopen(periodId, reason.strip(), caller.userId());
    }

    UnitReports.Period period(String periodId) {
        return reports.period(periodId).orElseThrow(() -> new UnitReportNotFoundException(periodId));
    }

    private UnitReports.Report report(String periodId, String unitCode, Caller caller) {
        period(periodId);
        return reports.find(reports.reportId(periodId, unitCode)).filter(r -> access.sees(caller, r.unitCode()))
                .orElseThrow(() -> new UnitReportNotFoundException(periodId + "/" + unitCode));
    }

    private void mayReview(Caller caller) {
        if (!access.reviews(caller)) {
            throw new AccessDeniedException("Only the district's mass-mobilisation commission manages unit reports");
        }
    }

    private Task waiting(String reportId, String taskKey, String reason) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reportId).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new UnacceptableInputException(HttpStatus.CONFLICT, "reportId", reason);
        }
        return task;
    }

    private void as(Caller caller, Runnable step) {
        identity.setAuthentication(caller.userId(), identity.createGroupQuery().groupMember(caller.userId()).list()
                .stream().map(Group::getId).toList());
        try {
            step.run();
        } finally {
            identity.clearAuthentication();
        }
    }
}
