package vn.danvan.unitreport;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Caller;

/** Unit reports over REST: periods opened, closed and reopened by the district; reports filed and reviewed. */
@RestController
class UnitReportController {

    private final UnitReportDoor door;
    private final UnitReports reports;
    private final UnitReportAccess access;

    UnitReportController(UnitReportDoor door, UnitReports reports, UnitReportAccess access) {
        this.door = door;
        this.reports = reports;
        this.access = access;
    }

    record OpenRequest(String period) {
    }

    record ReviewRequest(String decision, @Size(max = 4000) String reason) {
    }

    record ReopenRequest(@Size(max = 4000) String reason) {
    }

    record FiguresRequest(BigDecimal peopleGatheredPercent, BigDecimal membersActivePercent, Boolean ratedGoodOrBetter,
            Integer branchesTotal, Integer branchesGoodOrBetter, Integer officersTotal, Integer officersTrained,
            Integer modelInitiatives, Integer residentialAreasTotal, Integer residentialAreasTypical,
            Integer residentialAreasModel, Integer difficultAreasSupported, @Size(max = 4000) String note) {

        ReportFigures figures() {
            return new ReportFigures(peopleGatheredPercent, membersActivePercent, ratedGoodOrBetter, branchesTotal,
                    branchesGoodOrBetter, officersTotal, officersTrained, modelInitiatives, residentialAreasTotal,
                    residentialAreasTypical, residentialAreasModel, difficultAreasSupported,
                    note == null || note.isBlank() ? null : note.strip());
        }
    }

    @PostMapping("/api/unit-reports/periods")
    ResponseEntity<Map<String, Object>> open(@RequestBody OpenRequest request, Caller user) {
        UnitReports.Period period = door.open(request.period(), user);
        return ResponseEntity.created(URI.create("/api/unit-reports/periods/" + period.periodId()))
                .body(view(period, user));
    }

    @GetMapping("/api/unit-reports/periods")
    List<UnitReports.Period> periods() {
        return reports.periods();
    }

    @GetMapping("/api/unit-reports/periods/{periodId}")
    Map<String, Object> period(@PathVariable String periodId, Caller user) {
        return view(door.period(periodId), user);
    }

    @PostMapping("/api/unit-reports/periods/{periodId}/reports/{unitCode}")
    UnitReports.Report submit(@PathVariable String periodId, @PathVariable String unitCode,
            @RequestBody FiguresRequest request, Caller user) {
        return door.submit(periodId, unitCode, request.figures(), user);
    }

    @PostMapping("/api/unit-reports/periods/{periodId}/reports/{unitCode}/review")
    UnitReports.Report review(@PathVariable String periodId, @PathVariable String unitCode,
            @RequestBody ReviewRequest request, Caller user) {
        return door.review(periodId, unitCode, request.decision(), request.reason(), user);
    }

    @PostMapping("/api/unit-reports/periods/{periodId}/close")
    Map<String, Object> close(@PathVariable String periodId, Caller user) {
        return view(door.close(periodId, user), user);
    }

    @PostMapping("/api/unit-reports/periods/{periodId}/reopen")
    Map<String, Object> reopen(@PathVariable String periodId, @RequestBody ReopenRequest request, Caller user) {
        return view(door.reopen(periodId, request.reason(), user), user);
    }

    /** The period, the reports the caller may see, and the history (reopenings with who, when and why). */
    private Map<String, Object> view(UnitReports.Period period, Caller user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("period", period);
        List<UnitReports.Report> visible = reports.reports(period.periodId()).stream()
                .filter(r -> access.sees(user, r.unitCode())).toList();
        view.put("reports", visible);
        List<String> ids = visible.stream().map(UnitReports.Report::reportId).toList();
        view.put("history", reports.history(period.periodId()).stream()
                .filter(e -> e.reportId() == null || ids.contains(e.reportId())).toList());
        return view;
    }

    @ExceptionHandler(UnitReportNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(UnitReportNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No such period or report, or you may not see it"));
    }
}
