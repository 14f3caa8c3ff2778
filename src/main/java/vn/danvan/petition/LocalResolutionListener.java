package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the commune's own answer to the case when the resolve-locally task completes, unless the
 * commune extends the resolution period (a complex denunciation; the rule table says how often).
 */
@Component("localResolutionListener")
class LocalResolutionListener implements TaskListener {

    private final CaseDecisions decisions;

    LocalResolutionListener(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (PetitionDistrictProcess.Resolution.EXTEND.name().equals(Steps.string(task, PetitionDistrictProcess.RESOLUTION))) {
            return; // an extension granted by decision (extensionRequestListener checked it): no answer yet
        }
        String outcome = Steps.string(task, CaseVariables.OUTCOME);
        decisions.resolveLocally(Steps.caseId(task), outcome, Steps.string(task, CaseVariables.CONCLUSION),
                Steps.actor());
        task.setVariable(CaseVariables.OUTCOME_LABEL, Outcome.labelOf(outcome));
    }
}
