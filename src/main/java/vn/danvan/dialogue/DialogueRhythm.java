package vn.danvan.dialogue;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.calendar.WorkingCalendar;

/**
 * The yearly rhythm of 218-QĐ/TW: each unit that must hold a conference gets a planning task at the
 * start of the year, and the Party committee above it a follow-up task when none is planned by the unit's date.
 */
@Service
class DialogueRhythm {

    private final DialoguePolicies policies;
    private final Conferences conferences;
    private final UnitDirectory units;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    DialogueRhythm(DialoguePolicies policies, Conferences conferences, UnitDirectory units,
            RuntimeService runtimeService, HistoryService historyService) {
        this.policies = policies;
        this.conferences = conferences;
        this.units = units;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /** @return how many units were prompted (a unit already prompted for the year is not prompted again) */
    int promptUnits(int year) {
        int prompted = 0;
        for (DialoguePolicies.Policy policy : policies.mustHold()) {
            String key = DialogueYearlyPromptProcess.businessKey(policy.unitCode(), year);
            if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DialogueYearlyPromptProcess.KEY)
                    .processInstanceBusinessKey(key).count() > 0) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(DialogueYearlyPromptProcess.UNIT_CODE, policy.unitCode());
            variables.put(DialogueYearlyPromptProcess.YEAR, year);
            variables.put(DialogueYearlyPromptProcess.PLAN_BY, Date.from(WorkingCalendar.endOf(policy.planByIn(year))));
            variables.put(DialogueYearlyPromptProcess.PLAN_BY_TEXT, Dates.shown(policy.planByIn(year)));
            variables.put(DialogueYearlyPromptProcess.ALREADY_PLANNED, conferences.hasPlanFor(policy.unitCode(), year));
            // a unit that has not planned by its date is followed up by the Party committee above it
            variables.put(DialogueYearlyPromptProcess.ESCALATION_GROUP, units.committeeAbove(policy.unitCode()).code());
            runtimeService.startProcessInstanceByKey(DialogueYearlyPromptProcess.KEY, key, variables);
            prompted++;
        }
        return prompted;
    }

    /** A unit planned its conference: its yearly prompt (if waiting) ends. */
    void planned(String unitCode, int year) {
        runtimeService.createMessageCorrelation(DialogueYearlyPromptProcess.MESSAGE_PLANNED)
                .processInstanceBusinessKey(DialogueYearlyPromptProcess.businessKey(unitCode,
                year)).correlateAllWithResult();
    }
}
