package vn.danvan.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.OrganizationSetup;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/** The dashboard's data: summary and scorecard as JSON, the filtered case list, its CSV, a case's timeline. */
@RestController
class DashboardController {

    static final int MAX_PAGE = 200;

    private final DashboardQueries queries;
    private final CsvExport csv;
    private final UnitDirectory units;
    private final DashboardRebuild rebuild;

    DashboardController(DashboardQueries queries, CsvExport csv, UnitDirectory units, DashboardRebuild rebuild) {
        this.queries = queries;
        this.csv = csv;
        this.units = units;
        this.rebuild = rebuild;
    }

    @GetMapping("/api/dashboard/summary")
    Map<String, Object> summary(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type,
            @RequestParam(required = false) String level, @RequestParam(required = false) Integer year,
            Authentication user) {
        DashboardScope scope = DashboardScope.of(user, units);
        CaseFilter filter = CaseFilter.parse(unit, from, to, type, level, null);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("generatedAt", Instant.now());
        summary.put("latestChange", queries.latestChange());
        summary.put("scope", scope.all() ? List.of("*") : scope.units());
        summary.putAll(queries.caseSummary(filter, scope));
        int scoreYear = year != null ? year : Year.now(CaseRow.VIETNAM).getValue();
        summary.put("scorecardYear", scoreYear);
        summary.put("scorecard", queries.scorecard(scoreYear, scope, supervisingUnits()));
        return summary;
    }

    @GetMapping("/api/dashboard/cases")
    Map<String, Object> cases(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type,
            @RequestParam(required = false) String level, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Authentication user) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int pageNumber = Math.max(0, page);
        List<Map<String, Object>> items = queries.cases(CaseFilter.parse(unit, from, to, type, level, state),
                DashboardScope.of(user, units), pageSize, pageNumber * pageSize);
        return Map.of("page", pageNumber, "size", pageSize, "items", items);
    }

    @GetMapping("/api/dashboard/cases.csv")
    void export(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type,
            @RequestParam(required = false) String level, @RequestParam(required = false) String state,
            Authentication user, HttpServletResponse response) throws IOException {
        CaseFilter filter = CaseFilter.parse(unit, from, to, type, level, state);
        DashboardScope scope = DashboardScope.of(user, units);
        if (!scope.all() && user.getAuthorities().stream()
                .noneMatch(a -> a.getAuthority().equals("GROUP_" + OrganizationSetup.LEADERS_GROUP))) {
            throw new AccessDeniedException("Exports are for unit leaders, the district and the committee");
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"danvan-ho-so.csv\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            csv.write(filter, scope, out);
        }
    }

    @GetMapping("/api/dashboard/cases/{caseId}/timeline")
    List<Map<String, Object>> timeline(@PathVariable String caseId, Authentication user) {
        return queries.timeline(caseId, DashboardScope.of(user, units));
    }

    /** Who is signed in, and the CSRF token the page needs to sign out. */
    @GetMapping("/api/dashboard/me")
    Map<String, Object> me(Authentication user, jakarta.servlet.http.HttpServletRequest request) {
        var csrf = (org.springframework.security.web.csrf.CsrfToken) request
                .getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("user", user.getName());
        me.put("scope", DashboardScope.of(user, units).all() ? List.of("*") : DashboardScope.of(user, units).units());
        if (csrf != null) {
            me.put("csrfToken", csrf.getToken());
        }
        return me;
    }

    @GetMapping("/api/dashboard/units")
    List<Unit> unitList() {
        return units.all();
    }

    /** Empties the read model and replays the topics from offset zero (administrators only). */
    @PostMapping("/api/dashboard/rebuild")
    Map<String, Object> rebuild(Authentication user) {
        if (!DashboardScope.of(user, units).all() || user.getAuthorities().stream()
                .noneMatch(a -> a.getAuthority().equals("GROUP_" + DashboardScope.ADMIN_GROUP))) {
            throw new AccessDeniedException("Only administrators rebuild the dashboard");
        }
        return Map.of("rewoundPartitions", rebuild.rebuild());
    }

    private List<String> supervisingUnits() {
        // the Front and the organisations at every level supervise; commune units stand for their Front committee
        return units.all().stream().filter(u -> !"RECEPTION".equals(u.kind()) && !"PARTY".equals(u.kind()))
                .map(Unit::code).toList();
    }
}
