package vn.danvan.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Caller;
import vn.danvan.organization.Role;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.supervision.SupervisionTargetRule;
import vn.danvan.organization.UnitScope;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.reception.ReceptionPeriod;

/** The dashboard's data: summary and scorecard as JSON, the filtered case list, its CSV, a case's timeline. */
@RestController
class DashboardController {

    static final int MAX_PAGE = 200;

    private final DashboardQueries queries;
    private final CsvExport csv;
    private final UnitDirectory units;
    private final DashboardRebuild rebuild;
    private final SupervisionTargetRule supervisionTarget;
    private final ReceptionScorecard receptions;

    DashboardController(DashboardQueries queries, CsvExport csv, UnitDirectory units, DashboardRebuild rebuild,
            SupervisionTargetRule supervisionTarget, ReceptionScorecard receptions) {
        this.receptions = receptions;
        this.queries = queries;
        this.csv = csv;
        this.units = units;
        this.rebuild = rebuild;
        this.supervisionTarget = supervisionTarget;
    }

    @GetMapping("/api/dashboard/summary")
    Map<String, Object> summary(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type,
            @RequestParam(required = false) String level, @RequestParam(required = false) Integer year,
            Caller user) {
        UnitScope scope = user.scope();
        CaseFilter filter = CaseFilter.parse(unit, from, to, type, level, null);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("generatedAt", Instant.now());
        summary.put("latestChange", queries.latestChange());
        summary.put("scope", scope.isAll() ? List.of("*") : scope.units());
        summary.putAll(queries.caseSummary(filter, scope));
        summary.put("satisfaction", queries.satisfaction(filter.unit(), scope));
        int scoreYear = year != null ? year : Year.now(CaseRow.VIETNAM).getValue();
        summary.put("scorecardYear", scoreYear);
        summary.put("scorecard", queries.scorecard(scoreYear, scope, supervisingUnits()));
        return summary;
    }

    /**
     * Leaders' reception days held against those required (Citizen Reception Law art. 12-15, 11-QĐi/TW),
     * per unit and role, in a month ({@code period=2026-12}, default this month) or a year ({@code 2026}).
     */
    @GetMapping("/api/dashboard/reception")
    Map<String, Object> reception(@RequestParam(required = false) String period,
            @RequestParam(required = false) String unit, Caller user) {
        LocalDate today = LocalDate.now(CaseRow.VIETNAM);
        ReceptionPeriod range = ReceptionPeriod.parse(period, today);
        if (unit != null && units.find(unit).isEmpty()) {
            throw new InvalidInputException("unit", "unknown unit '" + unit + "'");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("period", range.name());
        answer.put("from", range.from());
        answer.put("to", range.to());
        answer.put("asOf", today);
        answer.put("rows", receptions.rows(range, unit, user.scope(), units.all(), today));
        return answer;
    }

    @GetMapping("/api/dashboard/cases")
    Map<String, Object> cases(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type,
            @RequestParam(required = false) String level, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Caller user) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int pageNumber = Math.max(0, page);
        List<Map<String, Object>> items = queries.cases(CaseFilter.parse(unit, from, to, type, level, state),
                user.scope(), pageSize, pageNumber * pageSize);
        return Map.of("page", pageNumber, "size", pageSize, "items", items);
    }

    @GetMapping("/api/dashboard/cases.csv")
    void export(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type,
            @RequestParam(required = false) String level, @RequestParam(required = false) String state,
            Caller user, HttpServletResponse response) throws IOException {
        CaseFilter filter = CaseFilter.parse(unit, from, to, type, level, state);
        UnitScope scope = user.scope();
        // reports are for unit leaders and for the units above the commune; officers read the page
        if (!user.seesEverything() && !user.has(Role.LEADER) && !user.worksAboveTheCommune()) {
            throw new AccessDeniedException("Exports are for unit leaders, the district and the committee");
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"danvan-ho-so.csv\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            csv.write(filter, scope, out);
        }
    }

    @GetMapping("/api/dashboard/cases/{caseId}/timeline")
    List<Map<String, Object>> timeline(@PathVariable String caseId, Caller user) {
        return queries.timeline(caseId, user.scope());
    }

    /** Who is signed in, and the CSRF token the page needs to sign out. */
    @GetMapping("/api/dashboard/me")
    Map<String, Object> me(Caller user, jakarta.servlet.http.HttpServletRequest request) {
        var csrf = (org.springframework.security.web.csrf.CsrfToken) request
                .getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("user", user.userId());
        me.put("scope", user.seesEverything() ? List.of("*") : user.scope().units());
        if (csrf != null) {
            me.put("csrfToken", csrf.getToken());
        }
        return me;
    }

    /** Empties the read model and replays the topics from offset zero (administrators only). */
    @PostMapping("/api/dashboard/rebuild")
    Map<String, Object> rebuild(Caller user) {
        if (!user.administers()) {
            throw new AccessDeniedException("Only administrators rebuild the dashboard");
        }
        return Map.of("rewoundPartitions", rebuild.rebuild());
    }

    private List<String> supervisingUnits() {
        return supervisionTarget.measuredUnits(units.all()).stream().map(Unit::code).toList();
    }
}
