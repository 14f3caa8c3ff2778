package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.support.DecisionTables;
import vn.danvan.support.DecisionTables.Row;

/**
 * Every row of bpmn/petition-routing.dmn by its rule id, on the DMN engine alone with the application's
 * FEEL setting: the level it sends a petition to, the basis its note gives, and whether the note marks
 * it for a legal reviewer ("kiểm tra"). ../shared/domain.md carries no routing figure: it asks for the
 * routing to be a table; the notes cite the Complaints and Denunciation Laws where a row has an article.
 * {@link RoutingRulesTest} reads the denunciation rows as legal questions; this is the table's inventory.
 */
class RoutingTableTest {

    static final DmnDecision TABLE = DecisionTables.parse("petition-routing.dmn", "petition-routing");

    @ParameterizedTest(name = "{0}: {1} area={2} partyMember={3} upper={4} about={5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            RuleRouting1                           | DENUNCIATION   | OFFICIAL_CONDUCT | true  | false |                  | COMMITTEE | Tố cáo đảng viên: Ban Thường vụ cấp ủy                 | false
            RuleRouting2                           | FEEDBACK       | OTHER            | true  | true  |                  | COMMITTEE | Liên quan đến đảng viên: báo cáo Ban Thường vụ cấp ủy  | false
            RuleRoutingDenunciationPartyMember     | DENUNCIATION   | OFFICIAL_CONDUCT | false | false | PARTY_MEMBER     | COMMITTEE | Quy định 22-QĐ/TW; Luật Tố cáo 2018 Điều 2             | true
            RuleRoutingDenunciationCommuneOfficial | DENUNCIATION   | LAND             | false | true  | COMMUNE_OFFICIAL | COMMUNE   | Luật Tố cáo 2018 Điều 13 khoản 1                        | true
            RuleRoutingDenunciationCommuneLeader   | DENUNCIATION   | OFFICIAL_CONDUCT | false | false | COMMUNE_LEADER   | DISTRICT  | Luật Tố cáo 2018 Điều 13 khoản 2                        | true
            RuleRoutingDenunciationDistrictManaged | DENUNCIATION   | OFFICIAL_CONDUCT | false | false | DISTRICT_MANAGED | DISTRICT  | Điều 13 khoản 2, Điều 14-15                             | true
            RuleRoutingDenunciationOrganisation    | DENUNCIATION   | OFFICIAL_CONDUCT | false | false | ORGANISATION     | DISTRICT  | Tố cáo cơ quan, tổ chức                                 | true
            RuleRouting3                           | COMPLAINT      | LAND             | false | true  |                  | DISTRICT  | Khiếu nại quyết định, hành vi hành chính của cơ quan cấp trên | false
            RuleRouting4                           | DENUNCIATION   | OFFICIAL_CONDUCT | false | false |                  | DISTRICT  | Luật Tố cáo 2018 Điều 12-13                             | false
            RuleRouting5                           | RECOMMENDATION | LAND             | false | true  |                  | DISTRICT  | Tranh chấp, khiếu nại đất đai                           | false
            RuleRouting6                           | FEEDBACK       | INFRASTRUCTURE   | false | true  |                  | DISTRICT  | thuộc thẩm quyền cấp trên                               | false
            RuleRouting7                           | COMPLAINT      | LAND             | false | false | COMMUNE_LEADER   | COMMUNE   | Chủ tịch UBND xã giải quyết lần đầu                     | false
            RuleRouting8                           | RECOMMENDATION | INFRASTRUCTURE   | false | false |                  | COMMUNE   | thuộc thẩm quyền cấp xã                                 | false
            """)
    void eachRowSendsAPetitionToItsLevel(String ruleId, String caseType, String subjectArea, boolean partyMember,
            boolean upperDecision, String denounced, String level, String basis, boolean markedForChecking) {
        Row row = DecisionTables.evaluate(TABLE, inputs(caseType, subjectArea, partyMember, upperDecision, denounced));

        assertThat(row.ruleId()).isEqualTo(ruleId);
        assertThat(row.<String>get("handlingLevel")).isEqualTo(level);
        assertThat(row.<String>get("handlingUnit")).as("the unit follows from the level (organisation data)").isNull();
        assertThat(row.<String>get("routingNote")).contains(basis);
        assertThat(row.<String>get("routingNote").contains("kiểm tra")).as("marked for checking").isEqualTo(markedForChecking);
    }

    /** A row added to the table without its line above fails here. */
    @Test
    void everyRowIsTestedHere() throws NoSuchMethodException {
        CsvSource rows = RoutingTableTest.class.getDeclaredMethod("eachRowSendsAPetitionToItsLevel", String.class,
                String.class, String.class, boolean.class, boolean.class, String.class, String.class, String.class,
                boolean.class).getAnnotation(CsvSource.class);
        List<String> tested = rows.textBlock().lines().filter(line -> !line.isBlank())
                .map(line -> line.split("\\|")[0].strip()).toList();
        assertThat(tested).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(DecisionTables.ruleIds(TABLE));
    }

    @Test
    void everyPetitionFindsALevel() {
        List<String> types = new ArrayList<>();
        Arrays.stream(PetitionSubmission.CaseType.values()).map(Enum::name).forEach(types::add);
        types.add(null);
        List<String> denouncedPersons = new ArrayList<>();
        Arrays.stream(PetitionSubmission.DenouncedPerson.values()).map(Enum::name).forEach(denouncedPersons::add);
        denouncedPersons.add(null);
        for (String type : types) {
            for (SubjectArea area : SubjectArea.values()) {
                for (boolean partyMember : new boolean[] {false, true}) {
                    for (boolean upper : new boolean[] {false, true}) {
                        for (String denounced : denouncedPersons) {
                            Row row = DecisionTables.evaluate(TABLE, inputs(type, area.name(), partyMember, upper,
                                    denounced));
                            assertThat(row).as(type + " " + area + " " + partyMember + " " + upper + " " + denounced)
                                    .isNotNull();
                        }
                    }
                }
            }
        }
    }

    static Map<String, Object> inputs(String caseType, String subjectArea, boolean partyMember, boolean upperDecision,
            String denounced) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(CaseVariables.CASE_TYPE, caseType);
        inputs.put(CaseVariables.SUBJECT_AREA, subjectArea);
        inputs.put(CaseVariables.CONCERNS_PARTY_MEMBER, partyMember);
        inputs.put(CaseVariables.DISTRICT_DECISION, upperDecision);
        inputs.put(CaseVariables.DENOUNCED_PERSON, denounced);
        return inputs;
    }
}
