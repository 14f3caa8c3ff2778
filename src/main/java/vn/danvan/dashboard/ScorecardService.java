package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.danvan.organization.Level;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.organization.UnitKind;
import vn.danvan.supervision.SupervisionTargetRule;
import vn.danvan.unitreport.ReportedFigures;
import vn.danvan.unitreport.UnitReportFigures;

/**
 * The whole II.2.2 scorecard of a year: the figures only units know come from their accepted reports
 * ({@link UnitReportFigures}); supervision campaigns, dialogue conferences and petitions are counted from
 * the read model as the dashboard's summary counts them. Goals come from {@link ScorecardGoals}, the
 * supervision target from {@link SupervisionTargetRule}. Each target has its unit rows, then one
 * district-wide row ({@link Scorecard#DISTRICT}). The target codes are documented in docs/reporting.md.
 */
@Service
class ScorecardService implements Scorecard {

    static final String PEOPLE_GATHERED = "PEOPLE_GATHERED";
    static final String MEMBERS_ACTIVE = "MEMBERS_ACTIVE";
    static final String UNITS_GOOD_DISTRICT = "UNITS_GOOD_DISTRICT";
    static final String UNITS_GOOD_COMMUNE = "UNITS_GOOD_COMMUNE";
    static final String BRANCHES_GOOD = "BRANCHES_GOOD";
    static final String OFFICERS_TRAINED = "OFFICERS_TRAINED";
    static final String MODEL_INITIATIVES = "MODEL_INITIATIVES";
    static final String AREAS_TYPICAL = "AREAS_TYPICAL";
    static final String AREAS_MODEL = "AREAS_MODEL";
    static final String DIFFICULT_AREAS_SUPPORTED = "DIFFICULT_AREAS_SUPPORTED";
    static final String SUPERVISION_CAMPAIGNS = "SUPERVISION_CAMPAIGNS";
    static final String DIALOGUE_CONFERENCES = "DIALOGUE_CONFERENCES";
    static final String PETITIONS_ON_TIME = "PETITIONS_ON_TIME";

    static final String NOT_REPORTED = "NOT_REPORTED";
    static final String REPORTED = "REPORTED:";
    static final String COMPUTED_SUPERVISION = "COMPUTED:supervision-campaigns";
    static final String COMPUTED_DIALOGUE = "COMPUTED:dialogue-conferences";
    static final String COMPUTED_PETITIONS = "COMPUTED:petition-cases";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final ScorecardGoals goals;
    private final UnitReportFigures reported;
    private final UnitDirectory units;
    private final SupervisionTargetRule supervisionTarget;

    ScorecardService(JdbcClient jdbc, ScorecardGoals goals, UnitReportFigures reported, UnitDirectory units,
            SupervisionTargetRule supervisionTarget) {
        this.jdbc = jdbc;
        this.goals = goals;
        this.reported = reported;
        this.units = units;
        this.supervisionTarget = supervisionTarget;
    }

    @Override
    public List<ScorecardRow> rows(int year) {
        Map<String, ScorecardGoals.Goal> goal = goals.all();
        Map<String, ReportedFigures> figures = reported.yearly(year).stream()
                .collect(Collectors.toMap(ReportedFigures::unitCode, Function.identity()));
        List<Unit> reporting = reported.reportingUnits();
        List<ScorecardRow> rows = new ArrayList<>();
        percent(rows, goal.get(PEOPLE_GATHERED), reporting, figures, ReportedFigures::peopleGatheredPercent);
        percent(rows, goal.get(MEMBERS_ACTIVE), reporting, figures, ReportedFigures::membersActivePercent);
        rating(rows, goal.get(UNITS_GOOD_DISTRICT), only(reporting, u -> u.level() == Level.DISTRICT), figures);
        rating(rows, goal.get(UNITS_GOOD_COMMUNE), only(reporting, u -> u.level() == Level.COMMUNE), figures);
        share(rows, goal.get(BRANCHES_GOOD), reporting, figures, ReportedFigures::branchesGoodOrBetter,
                ReportedFigures::branchesTotal, reporting);
        share(rows, goal.get(OFFICERS_TRAINED), reporting, figures, ReportedFigures::officersTrained,
                ReportedFigures::officersTotal, reporting);
        count(rows, goal.get(MODEL_INITIATIVES), reporting, figures, ReportedFigures::modelInitiatives);
        // residential areas are the Front's (each area has its Front working committee); the district-wide
        // share adds up the communes' Fronts, each area counted once
        List<Unit> fronts = only(reporting, u -> u.kind() == UnitKind.FRONT);
        List<Unit> communeFronts = only(fronts, Unit::isCommuneLevel);
        share(rows, goal.get(AREAS_TYPICAL), fronts, figures, ReportedFigures::residentialAreasTypical,
                ReportedFigures::residentialAreasTotal, communeFronts);
        share(rows, goal.get(AREAS_MODEL), fronts, figures, ReportedFigures::residentialAreasModel,
                ReportedFigures::residentialAreasTotal, communeFronts);
        count(rows, goal.get(DIFFICULT_AREAS_SUPPORTED), reporting, figures, ReportedFigures::difficultAreasSupported);
        supervision(rows, year);
        computedShare(rows, goal.get(DIALOGUE_CONFERENCES), COMPUTED_DIALOGUE, jdbc.sql("""
                SELECT unit, count(*) FILTER (WHERE held_at IS NOT NULL) AS part, count(*) AS whole
                FROM dash_dialogue WHERE year = ? GROUP BY unit ORDER BY unit""").param(year).query().listOfRows());
        computedShare(rows, goal.get(PETITIONS_ON_TIME), COMPUTED_PETITIONS, jdbc.sql("""
                SELECT origin_unit AS unit, sum(on_time) AS part, sum(closed) AS whole FROM dash_closed_bucket
                WHERE extract(year FROM closed_month) = ? GROUP BY origin_unit HAVING sum(closed) > 0
                ORDER BY origin_unit""").param(year).query().listOfRows());
        return rows;
    }

    private static List<Unit> only(List<Unit> units, Predicate<Unit> which) {
        return units.stream().filter(which).toList();
    }

    /** A percentage each unit reports; district-wide the mean of those reported. */
    private void percent(List<ScorecardRow> rows, ScorecardGoals.Goal goal, List<Unit> measured,
            Map<String, ReportedFigures> figures, Function<ReportedFigures, BigDecimal> value) {
        List<BigDecimal> known = new ArrayList<>();
        for (Unit unit : measured) {
            ReportedFigures f = figures.get(unit.code());
            BigDecimal v = f == null ? null : value.apply(f);
            if (v != null) {
                known.add(v);
            }
            rows.add(reportedRow(goal, unit.code(), v, f));
        }
        BigDecimal mean = known.isEmpty() ? null : known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(known.size()), 2, RoundingMode.HALF_UP);
        rows.add(districtRow(goal, mean, known.size(), measured.size()));
    }

    /** A unit rated good or better counts 100, otherwise 0; district-wide the share of the units measured. */
    private void rating(List<ScorecardRow> rows, ScorecardGoals.Goal goal, List<Unit> measured,
            Map<String, ReportedFigures> figures) {
        int good = 0;
        int reportedUnits = 0;
        for (Unit unit : measured) {
            ReportedFigures f = figures.get(unit.code());
            BigDecimal v = f == null || f.ratedGoodOrBetter() == null ? null : f.ratedGoodOrBetter() ? HUNDRED : BigDecimal.ZERO;
            if (v != null) {
                reportedUnits++;
                good += f.ratedGoodOrBetter() ? 1 : 0;
            }
            rows.add(reportedRow(goal, unit.code(), v, f));
        }
        rows.add(districtRow(goal, reportedUnits == 0 ? null : ratio(good, measured.size()), reportedUnits, measured.size()));
    }

    /** A part of a whole each unit reports; district-wide the parts over the wholes of {@code summed}. */
    private void share(List<ScorecardRow> rows, ScorecardGoals.Goal goal, List<Unit> measured,
            Map<String, ReportedFigures> figures, Function<ReportedFigures, Integer> part,
            Function<ReportedFigures, Integer> whole, List<Unit> summed) {
        for (Unit unit : measured) {
            ReportedFigures f = figures.get(unit.code());
            rows.add(reportedRow(goal, unit.code(), f == null ? null : ratio(part.apply(f), whole.apply(f)), f));
        }
        long parts = 0;
        long wholes = 0;
        int reportedUnits = 0;
        for (Unit unit : summed) {
            ReportedFigures f = figures.get(unit.code());
            if (f != null && part.apply(f) != null && whole.apply(f) != null) {
                parts += part.apply(f);
                wholes += whole.apply(f);
                reportedUnits++;
            }
        }
        rows.add(districtRow(goal, ratio(parts, wholes), reportedUnits, summed.size()));
    }

    /** A count per unit; district-wide the share of the units measured that reach it (goal: all of them). */
    private void count(List<ScorecardRow> rows, ScorecardGoals.Goal goal, List<Unit> measured,
            Map<String, ReportedFigures> figures, Function<ReportedFigures, Integer> value) {
        int reaching = 0;
        int reportedUnits = 0;
        for (Unit unit : measured) {
            ReportedFigures f = figures.get(unit.code());
            Integer v = f == null ? null : value.apply(f);
            ScorecardRow row = reportedRow(goal, unit.code(), v == null ? null : BigDecimal.valueOf(v), f);
            reportedUnits += v == null ? 0 : 1;
            reaching += row.met() ? 1 : 0;
            rows.add(row);
        }
        BigDecimal share = reportedUnits == 0 ? null : ratio(reaching, measured.size());
        rows.add(new ScorecardRow(goal.target(), DISTRICT, share, HUNDRED, share != null && share.compareTo(HUNDRED) >= 0,
                districtSource(reportedUnits, measured.size()), null, null));
    }

    /** Campaigns carried to the end per supervising unit, judged by the supervision module's rule. */
    private void supervision(List<ScorecardRow> rows, int year) {
        Map<String, Map<String, Object>> counted = jdbc.sql("""
                SELECT unit, count(*) FILTER (WHERE status NOT IN (:uncounted)) AS campaigns,
                       count(*) FILTER (WHERE status = :completed) AS closed
                FROM dash_supervision WHERE year = :year GROUP BY unit""")
                .param("uncounted", supervisionTarget.uncountedStatuses())
                .param("completed", supervisionTarget.completedStatus()).param("year", year).query().listOfRows()
                .stream().collect(Collectors.toMap(r -> (String) r.get("unit"), Function.identity()));
        List<Unit> measured = supervisionTarget.measuredUnits(units.all());
        BigDecimal goal = BigDecimal.valueOf(supervisionTarget.min());
        int met = 0;
        for (Unit unit : measured) {
            Map<String, Object> r = counted.get(unit.code());
            long campaigns = r == null ? 0 : ((Number) r.get("campaigns")).longValue();
            long closed = r == null ? 0 : ((Number) r.get("closed")).longValue();
            boolean ok = supervisionTarget.met(campaigns, closed);
            met += ok ? 1 : 0;
            rows.add(new ScorecardRow(SUPERVISION_CAMPAIGNS, unit.code(), BigDecimal.valueOf(closed), goal, ok,
                    COMPUTED_SUPERVISION, null, null));
        }
        BigDecimal share = ratio(met, measured.size());
        rows.add(new ScorecardRow(SUPERVISION_CAMPAIGNS, DISTRICT, share, HUNDRED,
                share != null && share.compareTo(HUNDRED) >= 0, COMPUTED_SUPERVISION, null, null));
    }

    /** A share counted from the read model per unit (rows: unit, part, whole); district-wide the sums. */
    private void computedShare(List<ScorecardRow> rows, ScorecardGoals.Goal goal, String source,
            List<Map<String, Object>> counted) {
        long parts = 0;
        long wholes = 0;
        for (Map<String, Object> r : counted) {
            long part = ((Number) r.get("part")).longValue();
            long whole = ((Number) r.get("whole")).longValue();
            parts += part;
            wholes += whole;
            BigDecimal v = ratio(part, whole);
            rows.add(new ScorecardRow(goal.target(), (String) r.get("unit"), v, goal.goal(), goal.met(v), source, null, null));
        }
        BigDecimal v = ratio(parts, wholes);
        rows.add(new ScorecardRow(goal.target(), DISTRICT, v, goal.goal(), goal.met(v), source, null, null));
    }

    private static ScorecardRow reportedRow(ScorecardGoals.Goal goal, String unit, BigDecimal value, ReportedFigures f) {
        return new ScorecardRow(goal.target(), unit, value, goal.goal(), goal.met(value),
                f == null ? NOT_REPORTED : REPORTED + f.periodId(), f == null ? null : f.reportedBy(),
                f == null ? null : f.reportedAt());
    }

    private static ScorecardRow districtRow(ScorecardGoals.Goal goal, BigDecimal value, int reportedUnits, int measured) {
        return new ScorecardRow(goal.target(), DISTRICT, value, goal.goal(), goal.met(value),
                districtSource(reportedUnits, measured), null, null);
    }

    /** "REPORTED:12/81": how many of the units measured have an accepted report behind the figure. */
    private static String districtSource(int reportedUnits, int measured) {
        return REPORTED + reportedUnits + "/" + measured;
    }

    /** part / whole as a percentage with two decimals; null when there is no whole to take a share of. */
    static BigDecimal ratio(Number part, Number whole) {
        if (part == null || whole == null || whole.longValue() == 0) {
            return null;
        }
        return BigDecimal.valueOf(part.longValue()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole.longValue()), 2, RoundingMode.HALF_UP);
    }
}
