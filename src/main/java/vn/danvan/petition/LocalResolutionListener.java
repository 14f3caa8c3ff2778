package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

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
        if (PetitionDistrictProcess.Resolution.EXTEND.name().equals(StepSupport.string(task,
                PetitionDistrictProcess.RESOLUTION))) {
            return; // an extension granted by decision (extensionRequestListener checked it): no answer yet
        }
        String outcome = StepSupport.string(task, CaseVariables.OUTCOME);
        decisions.resolveLocally(CaseVariables.caseId(task), outcome,
                StepSupport.string(task, CaseVariables.CONCLUSION),
                StepSupport.actor());
        task.setVariable(CaseVariables.OUTCOME_LABEL, Outcome.labelOf(outcome));
    }
}
