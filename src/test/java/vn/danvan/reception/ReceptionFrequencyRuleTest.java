package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danvan.support.DecisionTables;

/**
 * The rule of how often each leader receives citizens, evaluated from the very file the engine deploys
 * (bpmn/reception-frequency.dmn) without an engine: the figures of the law, the counting of weeks and
 * months in a period, and the schedules it refuses.
 */
class ReceptionFrequencyRuleTest {

    static ReceptionFrequencyRule rule;

    @BeforeAll
    static void readTheTable() throws Exception {
        // configured as the application's engine (its FEEL setting), so the rows read here are the rows it gets
        DmnEngine dmn = DecisionTables.engine();
        DmnDecision decision;
        try (InputStream file = ReceptionFrequencyRuleTest.class.getResourceAsStream("/reception-frequency.dmn")) {
            decision = dmn.parseDecision(ReceptionFrequencyRule.DECISION, file);
        }
        rule = new ReceptionFrequencyRule(inputs -> {
            DmnDecisionRuleResult row = dmn.evaluateDecisionTable(decision, Variables.fromMap(inputs)).getSingleResult();
            return row == null ? null : row.getEntryMap();
        });
    }

    @Test
    void theCommuneChairReceivesAtLeastOneDayAWeek() {
        var requirement = rule.of(LeaderRole.COMMUNE_CHAIR);
        assertThat(requirement.days()).isEqualTo(1);
        assertThat(requirement.per()).isEqualTo(ReceptionFrequencyRule.Per.WEEK);
        assertThat(requirement.basis()).contains("Luật Tiếp công dân 2013 Điều 15").doesNotContain("kiểm tra");
    }

    @Test
    void theHeadOfACommunePartyCommitteeReceivesAtLeastTwoDaysAMonth() {
        var requirement = rule.of(LeaderRole.COMMUNE_PARTY_SECRETARY);
        assertThat(requirement.days()).isEqualTo(2);
        assertThat(requirement.per()).isEqualTo(ReceptionFrequencyRule.Per.MONTH);
        assertThat(requirement.basis()).contains("11-QĐi/TW");
    }

    @Test
    void theDistrictChairsFigureIsMarkedForChecking() {
        var requirement = rule.of(LeaderRole.DISTRICT_CHAIR);
        assertThat(requirement.days()).isEqualTo(2);
        assertThat(requirement.per()).isEqualTo(ReceptionFrequencyRule.Per.MONTH);
        assertThat(requirement.basis()).contains("Điều 13").contains("kiểm tra");
    }

    @Test
    void otherLeadersHaveNoLegalMinimum() {
        assertThat(rule.of(LeaderRole.OTHER_LEADER).per()).isEqualTo(ReceptionFrequencyRule.Per.NONE);
        assertThat(rule.required(LeaderRole.OTHER_LEADER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isZero();
    }

    @Test
    void aWeekCountsInThePeriodThatHoldsItsThursday() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        long thursdays = from.datesUntil(to.plusDays(1)).filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY).count();
        assertThat(rule.required(LeaderRole.COMMUNE_CHAIR, from, to)).isEqualTo((int) thursdays).isEqualTo(5);
        // the week of 28 December to 3 January belongs to 2026 (its Thursday is the 31st), not to January 2027
        assertThat(rule.required(LeaderRole.COMMUNE_CHAIR, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))).isEqualTo(4);
        LocalDate yearStart = LocalDate.of(2026, 1, 1);
        LocalDate yearEnd = LocalDate.of(2026, 12, 31);
        long yearThursdays = yearStart.datesUntil(yearEnd.plusDays(1)).filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY).count();
        assertThat(rule.required(LeaderRole.COMMUNE_CHAIR, yearStart, yearEnd)).isEqualTo((int) yearThursdays);
        assertThat(rule.required(LeaderRole.COMMUNE_PARTY_SECRETARY, yearStart, yearEnd)).isEqualTo(2 * 12);
        assertThat(rule.required(LeaderRole.COMMUNE_PARTY_SECRETARY, from, to)).isEqualTo(2);
    }

    @Test
    void soFarCountsOnlyTheWeeksAndMonthsThatHaveEnded() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        // on Wednesday 16 December the weeks of the 3rd and the 10th have ended, the week of the 17th has not
        assertThat(rule.requiredBy(LeaderRole.COMMUNE_CHAIR, from, to, LocalDate.of(2026, 12, 16))).isEqualTo(2);
        // ... and on Sunday the 20th it has
        assertThat(rule.requiredBy(LeaderRole.COMMUNE_CHAIR, from, to, LocalDate.of(2026, 12, 20))).isEqualTo(3);
        assertThat(rule.requiredBy(LeaderRole.COMMUNE_PARTY_SECRETARY, from, to, LocalDate.of(2026, 12, 30))).isZero();
        assertThat(rule.requiredBy(LeaderRole.COMMUNE_PARTY_SECRETARY, LocalDate.of(2026, 1, 1), to,
                LocalDate.of(2026, 12, 30))).isEqualTo(2 * 11);
    }

    @Test
    void aScheduleBelowTheMinimumIsRefusedWithTheReason() {
        Recurrence thursdays = Recurrence.parse("WEEKLY", 4, null);
        Recurrence twiceAMonth = Recurrence.parse("MONTHLY", null, List.of(25, 10));
        Recurrence onceAMonth = Recurrence.parse("MONTHLY", null, List.of(15));
        assertThat(rule.shortfall(LeaderRole.COMMUNE_CHAIR, thursdays)).isEmpty();
        assertThat(rule.shortfall(LeaderRole.COMMUNE_CHAIR, twiceAMonth)).get().asString()
                .contains("1 day(s) a week").contains("Điều 15");
        assertThat(rule.shortfall(LeaderRole.COMMUNE_PARTY_SECRETARY, twiceAMonth)).isEmpty();
        assertThat(rule.shortfall(LeaderRole.COMMUNE_PARTY_SECRETARY, thursdays)).isEmpty();
        assertThat(rule.shortfall(LeaderRole.COMMUNE_PARTY_SECRETARY, onceAMonth)).get().asString().contains("2 day(s) a month");
        assertThat(rule.shortfall(LeaderRole.OTHER_LEADER, onceAMonth)).isEmpty();
    }

    @Test
    void aRecurrenceNamesItsDates() {
        assertThat(Recurrence.parse("MONTHLY", null, List.of(25, 10, 10)).datesBetween(LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 12))).containsExactly(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 25),
                        LocalDate.of(2027, 1, 10));
        assertThat(Recurrence.parse("WEEKLY", 4, null).datesBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10)))
                .containsExactly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 10));
        Stream.of(new Object[] {"DAILY", 1, null, "recurrence"}, new Object[] {"WEEKLY", 8, null, "weekday"},
                new Object[] {"MONTHLY", null, List.of(31), "monthDays"}, new Object[] {"MONTHLY", null, List.of(), "monthDays"})
                .forEach(bad -> {
                    try {
                        @SuppressWarnings("unchecked")
                        List<Integer> days = (List<Integer>) bad[2];
                        Recurrence.parse((String) bad[0], (Integer) bad[1], days);
                        throw new AssertionError("accepted " + java.util.Arrays.toString(bad));
                    } catch (vn.danvan.platform.web.InvalidInputException e) {
                        assertThat(e.field()).isEqualTo(bad[3]);
                    }
                });
    }
}
