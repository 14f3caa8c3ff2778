package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the commune officer's classification on the case when the classify task completes. */
@Component("classificationListener")
class ClassificationListener implements TaskListener {

    private final CaseDecisions decisions;

    ClassificationListener(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.classify(Steps.caseId(task), new Classification(
                Steps.string(task, CaseVariables.CASE_TYPE), Steps.string(task, CaseVariables.SUBJECT_AREA),
                Steps.string(task, CaseVariables.COMPLEXITY), Steps.flag(task, CaseVariables.REMOTE_AREA),
                Steps.flag(task, CaseVariables.CONCERNS_PARTY_MEMBER), Steps.flag(task, CaseVariables.DISTRICT_DECISION)),
                Steps.actor());
    }
}
