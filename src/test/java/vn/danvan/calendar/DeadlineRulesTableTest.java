package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.support.DecisionTables;
import vn.danvan.support.DecisionTables.Row;

/**
 * Every row of bpmn/deadline-rules.dmn, one by one, on the DMN engine alone with the application's FEEL
 * setting. Figures that ../shared/domain.md carries (source DOMAIN) are asserted against its table; the
 * others (source CHECK) must say "kiểm tra" in their basis, and are asserted against the figure their
 * basis text states. A row added to the table without a line here fails {@link #everyRowIsTestedHere}.
 */
class DeadlineRulesTableTest {

    static final DmnDecision TABLE = DecisionTables.parse("deadline-rules.dmn", DeadlineRules.DECISION);

    /*
     * domain.md, "Deadlines the processes must encode":
     *   accept a complaint: 10 days (check working vs calendar days)
     *   resolve a first-instance complaint: 30; complex 45; remote 45, complex 60 (art. 28)
     *   resolve a second-instance complaint: 45; complex 60; remote 60, complex 70 (art. 37, check)
     *   register and check a denunciation: 7 working days; 10 if verification is needed (art. 24, check)
     *   resolve a denunciation: 30; complex one extension of up to 30; especially complex two of up to 30 (art. 30)
     *   classify and route a written petition: 10 days (Circular 05/2021/TT-TTCP, check)
     */
    @ParameterizedTest(name = "{0}: {1} {2} {3} remote={4} -> {5} {6}, {7}x{8}, {9}")
    @CsvSource(delimiter = '|', textBlock = """
            RuleDeadlineDenunciationClassify              | CLASSIFY                | DENUNCIATION   | NORMAL       | false | 7  | WORKING  | 0 | 0  | DOMAIN | Luật Tố cáo 2018 Điều 24
            RuleDeadlineDenunciationClassifyVerify        | CLASSIFY                | DENUNCIATION   | COMPLEX      | false | 10 | WORKING  | 0 | 0  | DOMAIN | Luật Tố cáo 2018 Điều 24
            RuleDeadline1                                 | CLASSIFY                | COMPLAINT      | NORMAL       | false | 10 | WORKING  | 0 | 0  | DOMAIN | Thông tư 05/2021/TT-TTCP
            RuleDeadline2                                 | ACCEPT                  | COMPLAINT      | NORMAL       | false | 10 | WORKING  | 0 | 0  | DOMAIN | Luật Khiếu nại 2011 Điều 27
            RuleDeadline3                                 | ACCEPT                  | DENUNCIATION   | NORMAL       | false | 7  | WORKING  | 0 | 0  | DOMAIN | Luật Tố cáo 2018 Điều 24
            RuleDeadline4                                 | ACCEPT                  | DENUNCIATION   | COMPLEX      | true  | 10 | WORKING  | 0 | 0  | DOMAIN | Luật Tố cáo 2018 Điều 24
            RuleDeadline5                                 | ACCEPT                  | RECOMMENDATION | NORMAL       | false | 10 | WORKING  | 0 | 0  | CHECK  | 10 ngày
            RuleDeadline6                                 | RESOLVE                 | COMPLAINT      | NORMAL       | false | 30 | CALENDAR | 0 | 0  | DOMAIN | Luật Khiếu nại 2011 Điều 28
            RuleDeadline7                                 | RESOLVE                 | COMPLAINT      | NORMAL       | true  | 45 | CALENDAR | 0 | 0  | DOMAIN | Điều 28
            RuleDeadline8                                 | RESOLVE                 | COMPLAINT      | COMPLEX      | false | 45 | CALENDAR | 0 | 0  | DOMAIN | Điều 28
            RuleDeadline9                                 | RESOLVE                 | COMPLAINT      | VERY_COMPLEX | true  | 60 | CALENDAR | 0 | 0  | DOMAIN | Điều 28
            RuleDeadline10                                | RESOLVE                 | DENUNCIATION   | NORMAL       | true  | 30 | CALENDAR | 0 | 0  | DOMAIN | Luật Tố cáo 2018 Điều 30
            RuleDeadline11                                | RESOLVE                 | DENUNCIATION   | COMPLEX      | false | 30 | CALENDAR | 1 | 30 | DOMAIN | Điều 30
            RuleDeadline12                                | RESOLVE                 | DENUNCIATION   | VERY_COMPLEX | false | 30 | CALENDAR | 2 | 30 | DOMAIN | Điều 30
            RuleDeadline13                                | RESOLVE                 | FEEDBACK       | COMPLEX      | true  | 30 | CALENDAR | 0 | 0  | CHECK  | 30 ngày
            RuleDeadline14                                | DIRECT                  | DENUNCIATION   | NORMAL       | false | 10 | WORKING  | 0 | 0  | CHECK  | 10 ngày làm việc
            RuleDeadline15                                | ANSWER                  | COMPLAINT      | NORMAL       | false | 5  | WORKING  | 0 | 0  | CHECK  | 5 ngày làm việc
            RuleDeadline16                                | RECOMMENDATION_ANSWER   |                | NORMAL       | false | 30 | CALENDAR | 0 | 0  | CHECK  | 30 ngày (Quy định 217-QĐ/TW
            RuleDeadline17                                | SELF_REPORT             |                | NORMAL       | false | 15 | WORKING  | 0 | 0  | CHECK  | 15 ngày làm việc
            RuleDeadlineSecondInstanceAccept              | SECOND_INSTANCE_ACCEPT  | COMPLAINT      | NORMAL       | false | 10 | WORKING  | 0 | 0  | CHECK  | 10 ngày (Luật Khiếu nại 2011 Điều 36
            RuleDeadlineSecondInstanceResolve             | SECOND_INSTANCE_RESOLVE | COMPLAINT      | NORMAL       | false | 45 | CALENDAR | 0 | 0  | DOMAIN | Luật Khiếu nại 2011 Điều 37
            RuleDeadlineSecondInstanceResolveRemote       | SECOND_INSTANCE_RESOLVE | COMPLAINT      | NORMAL       | true  | 60 | CALENDAR | 0 | 0  | DOMAIN | Điều 37
            RuleDeadlineSecondInstanceResolveComplex      | SECOND_INSTANCE_RESOLVE | COMPLAINT      | COMPLEX      | false | 60 | CALENDAR | 0 | 0  | DOMAIN | Điều 37
            RuleDeadlineSecondInstanceResolveComplexRemote | SECOND_INSTANCE_RESOLVE | COMPLAINT     | COMPLEX      | true  | 70 | CALENDAR | 0 | 0  | DOMAIN | Điều 37
            RuleDeadlineSecondInstanceWindow              | SECOND_INSTANCE_WINDOW  | COMPLAINT      | NORMAL       | false | 30 | CALENDAR | 0 | 0  | CHECK  | 30 ngày từ khi hết hạn giải quyết lần đầu
            RuleDeadlineSecondInstanceWindowRemote        | SECOND_INSTANCE_WINDOW  | COMPLAINT      | COMPLEX      | true  | 45 | CALENDAR | 0 | 0  | CHECK  | 45 ngày (Luật Khiếu nại 2011 Điều 33
            RuleDeadlinePartyInspectionVerify             | PARTY_VERIFY            | DENUNCIATION   | NORMAL       | false | 45 | CALENDAR | 0 | 0  | CHECK  | 45 ngày (Quy định 22-QĐ/TW
            RuleDeadlinePartyInspectionConclude           | PARTY_CONCLUDE          |                | NORMAL       | false | 15 | CALENDAR | 0 | 0  | CHECK  | 15 ngày, phần còn lại của 60 ngày
            RuleDeadlinePartyInspectionDiscipline         | PARTY_DISCIPLINE        |                | NORMAL       | false | 30 | CALENDAR | 0 | 0  | CHECK  | 30 ngày (Quy định 22-QĐ/TW, Quy định 69-QĐ/TW
            RuleDeadlineDialogueWrittenAnswer             | DIALOGUE_WRITTEN_ANSWER |                | NORMAL       | false | 15 | WORKING  | 0 | 0  | CHECK  | 15 ngày làm việc kể từ ngày hội nghị (Quy định 218-QĐ/TW
            RuleDeadlineCriticismOpinions                 | CRITICISM_OPINIONS      |                | NORMAL       | false | 10 | WORKING  | 0 | 0  | CHECK  | 10 ngày làm việc
            RuleDeadlineCriticismResponse                 | CRITICISM_RESPONSE      |                | NORMAL       | false | 30 | CALENDAR | 0 | 0  | CHECK  | 30 ngày (Luật MTTQ Việt Nam 2015 Điều 34
            RuleDeadlineUnitReport                        | UNIT_REPORT             |                | NORMAL       | false | 10 | WORKING  | 0 | 0  | CHECK  | 10 ngày làm việc kể từ khi Ban Dân vận mở kỳ báo cáo
            """)
    void eachRowGivesItsFigure(String ruleId, String stage, String caseType, String complexity, boolean remoteArea,
            int amount, String dayKind, int extensionsAllowed, int extensionDays, String source, String basis) {
        Row row = DecisionTables.evaluate(TABLE, inputs(stage, caseType, complexity, remoteArea));

        assertThat(row).as("a row for " + ruleId).isNotNull();
        assertThat(row.ruleId()).isEqualTo(ruleId);
        assertThat(row.integer("amount")).as("amount").isEqualTo(amount);
        assertThat(row.<String>get("dayKind")).as("dayKind").isEqualTo(dayKind);
        assertThat(row.integer("extensionsAllowed")).as("extensionsAllowed").isEqualTo(extensionsAllowed);
        assertThat(row.integer("extensionDays")).as("extensionDays").isEqualTo(extensionDays);
        assertThat(row.<String>get("basis")).as("basis names its source").contains(basis);
        if (source.equals("CHECK")) {
            assertThat(row.<String>get("basis")).as("a figure domain.md does not carry is marked for checking")
                    .contains("kiểm tra");
        }
        if (dayKind.equals("CALENDAR")) {
            assertThat(row.<String>get("basis")).as("a calendar-day figure").doesNotContain("ngày làm việc");
        } else {
            java.util.regex.Matcher stated = java.util.regex.Pattern.compile("(\\d+) ngày làm việc").matcher(row.get("basis"));
            if (stated.find()) {
                assertThat(Integer.parseInt(stated.group(1))).as("the figure the basis states").isEqualTo(amount);
            }
        }
    }

    @Test
    void aStageTheTableDoesNotKnowHasNoRow() {
        assertThat(DecisionTables.evaluate(TABLE, inputs("NO_SUCH_STAGE", "COMPLAINT", "NORMAL", false))).isNull();
    }

    /**
     * Every stage a diagram times by the table ({@code deadlineStage}) finds a row whatever the case's
     * type, complexity and area: a missing combination would fail the task's creation in production.
     * COMMITMENT is timed by the date a conference's conclusion fixes (CommitmentDeadlines), not by the table.
     */
    @Test
    void everyTimedStageOfEveryDiagramFindsARowForEveryCase() throws IOException {
        Set<String> stages = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
                    String stage = DeadlineWatches.stageOf(task);
                    if (stage != null && !stage.equals("COMMITMENT")) {
                        stages.add(stage);
                    }
                }
            }
        }
        assertThat(stages).contains("CLASSIFY", "ACCEPT", "RESOLVE", "ANSWER", "DIRECT");
        for (String stage : stages) {
            for (String type : new String[] {"COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "FEEDBACK", null}) {
                for (String complexity : List.of("NORMAL", "COMPLEX", "VERY_COMPLEX")) {
                    for (boolean remote : new boolean[] {false, true}) {
                        assertThat(DecisionTables.evaluate(TABLE, inputs(stage, type, complexity, remote)))
                                .as(stage + " " + type + " " + complexity + " remote=" + remote).isNotNull();
                    }
                }
            }
        }
    }

    /** The application's reading of a row (DeadlineRules): a case not yet rated counts as NORMAL. */
    @Test
    void theApplicationReadsARowAsTheTableGivesIt() {
        DecisionService decisions = mock(DecisionService.class);
        when(decisions.evaluateDecisionTableByKey(eq(DeadlineRules.DECISION), anyMap())).thenAnswer(call -> {
            Map<String, Object> given = call.getArgument(1);
            return DecisionTables.engine().evaluateDecisionTable(TABLE, Variables.fromMap(given));
        });
        DeadlineRules rules = new DeadlineRules(decisions);

        DeadlineRule unrated = rules.find(new DeadlineSubject("petition", "C-1", "ACCEPT", "huyen", "DENUNCIATION", null,
                false, "x"));
        assertThat(unrated.amount()).as("an unrated denunciation is a normal one: 7, not 10").isEqualTo(7);
        assertThat(unrated.workingDays()).isTrue();

        DeadlineRule complex = rules.find(new DeadlineSubject("petition", "C-1", "RESOLVE", "huyen", "DENUNCIATION",
                "VERY_COMPLEX", false, "x"));
        assertThat(complex.amount()).isEqualTo(30);
        assertThat(complex.workingDays()).isFalse();
        assertThat(complex.extensionsAllowed()).isEqualTo(2);
        assertThat(complex.extensionDays()).isEqualTo(30);
        assertThat(complex.basis()).contains("Điều 30");
    }

    /** A row added to the table without its line above fails here. */
    @Test
    void everyRowIsTestedHere() throws NoSuchMethodException {
        CsvSource rows = DeadlineRulesTableTest.class.getDeclaredMethod("eachRowGivesItsFigure", String.class, String.class,
                String.class, String.class, boolean.class, int.class, String.class, int.class, int.class, String.class,
                String.class).getAnnotation(CsvSource.class);
        List<String> tested = rows.textBlock().lines().filter(line -> !line.isBlank())
                .map(line -> line.split("\\|")[0].strip()).toList();
        assertThat(tested).as("rows of deadline-rules.dmn tested one by one").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(DecisionTables.ruleIds(TABLE));
    }

    static Map<String, Object> inputs(String stage, String caseType, String complexity, boolean remoteArea) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("stage", stage);
        inputs.put("caseType", caseType);
        inputs.put("complexity", complexity);
        inputs.put("remoteArea", remoteArea);
        return inputs;
    }
}
