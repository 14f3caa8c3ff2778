package vn.danvan.criticism;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/**
 * The organisations of the Front's level are asked for their opinions; the multi-instance call
 * activity that follows starts one {@code social-criticism-opinion} process for each.
 */
@Component("requestOpinionsDelegate")
class RequestOpinionsDelegate implements JavaDelegate {

    private final CriticismOpinions opinions;

    RequestOpinionsDelegate(CriticismOpinions opinions) {
        this.opinions = opinions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        opinions.request(SocialCriticismProcess.criticismId(execution), StepSupport.actor());
    }
}
