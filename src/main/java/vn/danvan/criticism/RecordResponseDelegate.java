package vn.danvan.criticism;

import static vn.danvan.criticism.SocialCriticismProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the authority's response (checked on its task) and closes the criticism. */
@Component("recordResponseDelegate")
class RecordResponseDelegate implements JavaDelegate {

    private final CriticismProgress progress;

    RecordResponseDelegate(CriticismProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.responded(CriticismSteps.criticismId(execution),
                CriticismResponse.valueOf(CriticismSteps.string(execution, RESPONSE)),
                CriticismSteps.string(execution, RESPONSE_REFERENCE), CriticismSteps.string(execution, RESPONSE_TEXT),
                recordedBy(execution));
    }

    private static String recordedBy(DelegateExecution execution) {
        String viaRest = CriticismSteps.string(execution, RESPONSE_RECORDED_BY);
        return viaRest != null ? viaRest : CriticismSteps.actor();
    }
}
