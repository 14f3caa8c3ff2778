package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rows of the routing table for denunciations (Denunciation Law 2018, arts. 12-15) and the rows
 * of the deadline table that the denunciation and Party inspection paths added, on the DMN engine
 * alone: each row as a legal reviewer reads it.
 */
class RoutingRulesTest {

    static DmnEngine dmn;
    static DmnDecision routing;
    static DmnDecision deadlines;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = new FileInputStream("bpmn/petition-routing.dmn")) {
            routing = dmn.parseDecision("petition-routing", in);
        }
        try (InputStream in = new FileInputStream("bpmn/deadline-rules.dmn")) {
            deadlines = dmn.parseDecision("deadline-rules", in);
        }
    }

    @ParameterizedTest(name = "a denunciation about {0} is resolved at {1}")
    @CsvSource({
            "COMMUNE_OFFICIAL, COMMUNE, Điều 13 khoản 1",
            "COMMUNE_LEADER, DISTRICT, Điều 13 khoản 2",
            "DISTRICT_MANAGED, DISTRICT, Điều 13 khoản 2",
            "ORGANISATION, DISTRICT, Điều 14-15",
            "PARTY_MEMBER, COMMITTEE, Quy định 22-QĐ/TW"})
    void whomADenunciationIsAboutDecidesItsLevel(String denounced, String level, String basis) {
        DmnDecisionRuleResult row = route("DENUNCIATION", false, false, denounced);
        assertThat(row.<String>getEntry("handlingLevel")).isEqualTo(level);
        assertThat(row.<String>getEntry("routingNote")).contains(basis);
    }

    @Test
    void aDenunciationWhoseSubjectIsNotGivenGoesUpAsBefore() {
        assertThat(route("DENUNCIATION", false, false, null).<String>getEntry("handlingLevel")).isEqualTo("DISTRICT");
    }

    @Test
    void aProcessStartedBeforeTheNewInputStillRoutes() {
        // a district process of an upgraded database has no denouncedPerson variable at all
        VariableMap inputs = Variables.createVariables().putValue("caseType", "DENUNCIATION")
                .putValue("subjectArea", "OFFICIAL_CONDUCT").putValue("concernsPartyMember", false)
                .putValue("districtDecision", false);
        assertThat(dmn.evaluateDecisionTable(routing, inputs).getSingleResult().<String>getEntry("handlingLevel"))
                .isEqualTo("DISTRICT");
    }

    @Test
    void aPartyMemberTickedOnTheFormStillGoesToTheCommitteeWhateverElseIsSaid() {
        assertThat(route("DENUNCIATION", true, false, "COMMUNE_OFFICIAL").<String>getEntry("handlingLevel"))
                .isEqualTo("COMMITTEE");
    }

    @Test
    void whomItIsAboutMattersOnlyForADenunciation() {
        assertThat(route("FEEDBACK", false, false, "COMMUNE_LEADER").<String>getEntry("handlingLevel")).isEqualTo("COMMUNE");
        assertThat(route("COMPLAINT", false, true, "COMMUNE_OFFICIAL").<String>getEntry("handlingLevel")).isEqualTo("DISTRICT");
    }

    @Test
    void aDenunciationOfACommuneOfficialStaysAtTheCommuneEvenAboutAnUpperDecision() {
        // whom it denounces, not whose decision it mentions, says who resolves a denunciation
        assertThat(route("DENUNCIATION", false, true, "COMMUNE_OFFICIAL").<String>getEntry("handlingLevel"))
                .isEqualTo("COMMUNE");
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} {4} days")
    @CsvSource({
            "CLASSIFY, DENUNCIATION, NORMAL, 7, WORKING, Điều 24",
            "CLASSIFY, DENUNCIATION, COMPLEX, 10, WORKING, Điều 24",
            "CLASSIFY, FEEDBACK, NORMAL, 10, WORKING, 05/2021",
            "PARTY_VERIFY, PARTY_INSPECTION, NORMAL, 45, CALENDAR, 22-QĐ/TW",
            "PARTY_CONCLUDE, PARTY_INSPECTION, NORMAL, 15, CALENDAR, 22-QĐ/TW",
            "PARTY_DISCIPLINE, PARTY_INSPECTION, NORMAL, 30, CALENDAR, 22-QĐ/TW"})
    void theNewDeadlineRows(String stage, String caseType, String complexity, int amount, String dayKind, String basis) {
        VariableMap inputs = Variables.createVariables().putValue("stage", stage).putValue("caseType", caseType)
                .putValue("complexity", complexity).putValue("remoteArea", false);
        DmnDecisionRuleResult row = dmn.evaluateDecisionTable(deadlines, inputs).getSingleResult();
        assertThat(((Number) row.getEntry("amount")).intValue()).isEqualTo(amount);
        assertThat(row.<String>getEntry("dayKind")).isEqualTo(dayKind);
        assertThat(row.<String>getEntry("basis")).contains(basis);
        if (stage.startsWith("PARTY_")) {
            assertThat(row.<String>getEntry("basis")).as("figures not in domain.md are marked for checking").contains("kiểm tra");
        }
    }

    private static DmnDecisionRuleResult route(String type, boolean partyMember, boolean upperDecision, String denounced) {
        VariableMap inputs = Variables.createVariables().putValue("caseType", type).putValue("subjectArea", "OFFICIAL_CONDUCT")
                .putValue("concernsPartyMember", partyMember).putValue("districtDecision", upperDecision)
                .putValue("denouncedPerson", denounced);
        return dmn.evaluateDecisionTable(routing, inputs).getSingleResult();
    }
}
