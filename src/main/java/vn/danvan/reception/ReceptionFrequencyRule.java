package vn.danvan.reception;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;

/**
 * How often a leader must receive citizens, the one home of that rule: the figures are the DMN table
 * {@code reception-frequency} (bpmn/reception-frequency.dmn: role → days per week or per month, with
 * the legal basis), this class only counts. The schedules' check, the reception API and the
 * dashboard all ask it.
 */
@Component
public class ReceptionFrequencyRule {

    static final String DECISION = "reception-frequency";

    /** The period the law counts in. */
    public enum Per { WEEK, MONTH, NONE }

    /** At least {@code days} reception days each week or month ({@link Per#NONE}: no legal minimum). */
    public record Requirement(LeaderRole role, int days, Per per, String basis) {
    }

    private final Function<Map<String, Object>, Map<String, Object>> table;

    @Autowired
    ReceptionFrequencyRule(DecisionService decisions) {
        this(inputs -> {
            DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION, inputs).getSingleResult();
            return row == null ? null : row.getEntryMap();
        });
    }

    /** Over any evaluator of the same table (the rule test evaluates the file without an engine). */
    ReceptionFrequencyRule(Function<Map<String, Object>, Map<String, Object>> table) {
        this.table = table;
    }

    /**
     * The role's minimum. Read again from the table at most once a minute: the dashboard asks for every
     * unit on each refresh, and a redeployed table is still seen within a minute.
     */
    public Requirement of(LeaderRole role) {
        Cached cached = cache.get(role);
        long now = System.nanoTime();
        if (cached == null || now - cached.readAt() > CACHE_NANOS) {
            cached = new Cached(read(role), now);
            cache.put(role, cached);
        }
        return cached.requirement();
    }

    private record Cached(Requirement requirement, long readAt) {
    }

    private static final long CACHE_NANOS = java.time.Duration.ofMinutes(1).toNanos();
    private final Map<LeaderRole, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private Requirement read(LeaderRole role) {
        Map<String, Object> row = table.apply(Map.of("leaderRole", role.name()));
        if (row == null) {
            throw new IllegalStateException("No reception frequency rule for " + role);
        }
        return new Requirement(role, ((Number) row.get("days")).intValue(), Per.valueOf((String) row.get("per")),
                (String) row.get("basis"));
    }

    /** The role whose minimum the unit's head must meet, if the law sets one for the unit's kind. */
    public Optional<LeaderRole> measuredRole(Unit unit) {
        return LeaderRole.headOf(unit).filter(role -> of(role).per() != Per.NONE);
    }

    /**
     * Reception days required from {@code from} to {@code to} (both included). A week counts in the
     * period that holds its Thursday (as ISO weeks belong to the year of their Thursday), a month when
     * its first day is in the period.
     */
    public int required(LeaderRole role, LocalDate from, LocalDate to) {
        return requiredBy(role, from, to, null);
    }

    /**
     * Reception days required in the period by the end of {@code asOf} (null: the whole period): only
     * weeks and months that have ended by then count, so the current week is not yet missed.
     */
    public int requiredBy(LeaderRole role, LocalDate from, LocalDate to, LocalDate asOf) {
        Requirement requirement = of(role);
        int periods = 0;
        if (requirement.per() == Per.WEEK) {
            for (LocalDate thursday = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
                    !thursday.isAfter(to); thursday = thursday.plusWeeks(1)) {
                if (asOf == null || !thursday.with(DayOfWeek.SUNDAY).isAfter(asOf)) {
                    periods++;
                }
            }
        } else if (requirement.per() == Per.MONTH) {
            for (YearMonth month = YearMonth.from(from.getDayOfMonth() == 1 ? from : from.plusMonths(1));
                    !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
                if (asOf == null || !month.atEndOfMonth().isAfter(asOf)) {
                    periods++;
                }
            }
        }
        return periods * requirement.days();
    }

    /** Why a recurrence falls short of the role's minimum, or empty when it meets it. */
    Optional<String> shortfall(LeaderRole role, Recurrence recurrence) {
        Requirement requirement = of(role);
        int given = switch (requirement.per()) {
            case WEEK -> recurrence.daysPerWeek();
            case MONTH -> recurrence.daysPerMonth();
            case NONE -> Integer.MAX_VALUE;
        };
        if (given >= requirement.days()) {
            return Optional.empty();
        }
        return Optional.of("gives fewer than " + requirement.days() + " day(s) a " + requirement.per().name().toLowerCase()
                + " (" + recurrence.describe() + "), the minimum for " + role + ": " + requirement.basis());
    }
}
