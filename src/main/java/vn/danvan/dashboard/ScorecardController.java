package vn.danvan.dashboard;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Caller;
import vn.danvan.organization.Role;
import vn.danvan.platform.web.InvalidInputException;

/**
 * The whole II.2.2 scorecard over REST: one row per target and unit (and district-wide), and its yearly
 * trend for the dashboard's charts. Leaders, the district's and the committee's officers see every
 * row; a unit's officers see the rows of the units whose work they see.
 */
@RestController
class ScorecardController {

    static final int FIRST_YEAR = 2020;
    static final int TREND_YEARS = 5;

    private final Scorecard scorecard;
    private final ScorecardGoals goals;

    ScorecardController(Scorecard scorecard, ScorecardGoals goals) {
        this.scorecard = scorecard;
        this.goals = goals;
    }

    /** A target's figure in one year. */
    record Point(int year, java.math.BigDecimal value, java.math.BigDecimal goal, boolean met) {
    }

    @GetMapping("/api/dashboard/scorecard")
    List<ScorecardRow> rows(@RequestParam(required = false) String year, Caller user) {
        return visible(scorecard.rows(year(year)), user);
    }

    /**
     * Per target, its figure year by year up to {@code year} (five years): the district-wide row for
     * those who see every unit, else the caller's own unit's.
     */
    @GetMapping("/api/dashboard/scorecard/trend")
    Map<String, Object> trend(@RequestParam(required = false) String year, Caller user) {
        int last = year(year);
        String unit = seesAll(user) ? Scorecard.DISTRICT
                : user.units().isEmpty() ? "" : user.units().get(0).code();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("unitCode", unit);
        Map<String, String> names = new LinkedHashMap<>();
        goals.all().values().forEach(goal -> names.put(goal.target(), goal.nameVi()));
        names.putIfAbsent(ScorecardService.SUPERVISION_CAMPAIGNS, "Cuộc giám sát mỗi đơn vị (1–2 cuộc/năm)");
        answer.put("names", names);
        Map<String, List<Point>> byTarget = new LinkedHashMap<>();
        for (int y = Math.max(FIRST_YEAR, last - TREND_YEARS + 1); y <= last; y++) {
            int shown = y;
            scorecard.rows(y).stream().filter(row -> row.unitCode().equals(unit)).forEach(row -> byTarget
                    .computeIfAbsent(row.target(), t -> new java.util.ArrayList<>())
                    .add(new Point(shown, row.value(), row.goal(), row.met())));
        }
        answer.put("years", byTarget);
        return answer;
    }

    private static List<ScorecardRow> visible(List<ScorecardRow> rows, Caller user) {
        if (seesAll(user)) {
            return rows;
        }
        return rows.stream().filter(row -> !Scorecard.DISTRICT.equals(row.unitCode()) && user.sees(row.unitCode())).toList();
    }

    /** Leaders, the district's and the committee's officers (and administrators) see the whole district. */
    static boolean seesAll(Caller user) {
        return user.seesEverything() || user.has(Role.LEADER) || user.worksAboveTheCommune();
    }

    static int year(String text) {
        if (text == null || text.isBlank()) {
            return Year.now(CaseRow.VIETNAM).getValue();
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= FIRST_YEAR && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("year", "must be a year from " + FIRST_YEAR + " to 2100, like 2026");
    }
}
