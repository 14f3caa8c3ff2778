package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the commune officer's classification on the case when the classify task completes, and
 * looks for open cases of the same petitioner or subject that this one may duplicate.
 */
@Component("classificationListener")
class ClassificationListener implements TaskListener {

    static final String POSSIBLE_DUPLICATES = "possibleDuplicates";

    private final CaseDecisions decisions;
    private final PetitionCases cases;
    private final CaseSearch search;

    ClassificationListener(CaseDecisions decisions, PetitionCases cases, CaseSearch search) {
        this.decisions = decisions;
        this.cases = cases;
        this.search = search;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.classify(Steps.caseId(task), new Classification(
                Steps.string(task, CaseVariables.CASE_TYPE), Steps.string(task, CaseVariables.SUBJECT_AREA),
                Steps.string(task, CaseVariables.COMPLEXITY), Steps.flag(task, CaseVariables.REMOTE_AREA),
                Steps.flag(task, CaseVariables.CONCERNS_PARTY_MEMBER), Steps.flag(task, CaseVariables.DISTRICT_DECISION)),
                Steps.actor());
        // shown on the next form, so the officer sees a likely duplicate before deciding
        task.setVariable(POSSIBLE_DUPLICATES, search.possibleDuplicatesOf(cases.get(Steps.caseId(task))));
    }
}
