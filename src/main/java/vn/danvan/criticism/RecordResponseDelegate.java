package vn.danvan.criticism;

import static vn.danvan.criticism.SocialCriticismProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** Stores the authority's response (checked on its task) and closes the criticism. */
@Component("recordResponseDelegate")
class RecordResponseDelegate implements JavaDelegate {

    private final CriticismProgress progress;

    RecordResponseDelegate(CriticismProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.responded(SocialCriticismProcess.criticismId(execution),
                CriticismResponse.valueOf(StepSupport.string(execution, RESPONSE)),
                StepSupport.string(execution, RESPONSE_REFERENCE), StepSupport.string(execution, RESPONSE_TEXT),
                recordedBy(execution));
    }

    private static String recordedBy(DelegateExecution execution) {
        String viaRest = StepSupport.string(execution, RESPONSE_RECORDED_BY);
        return viaRest != null ? viaRest : StepSupport.actor();
    }
}
