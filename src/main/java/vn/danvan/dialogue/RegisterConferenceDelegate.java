package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** First step: the plan becomes a conference awaiting approval; the unit's yearly prompt, if any, ends. */
@Component("registerConferenceDelegate")
class RegisterConferenceDelegate implements JavaDelegate {

    private final ConferencePlans plans;
    private final DialogueRhythm rhythm;

    RegisterConferenceDelegate(ConferencePlans plans, DialogueRhythm rhythm) {
        this.plans = plans;
        this.rhythm = rhythm;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Conference c = plans.register(execution);
        rhythm.planned(c.unitCode(), c.year());
    }
}
