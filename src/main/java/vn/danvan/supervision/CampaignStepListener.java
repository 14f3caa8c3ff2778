package vn.danvan.supervision;

import static vn.danvan.supervision.SupervisionCampaignProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** Records what an officer entered on a campaign step's form when the step is completed. */
@Component("campaignStepListener")
class CampaignStepListener implements TaskListener {

    private final CampaignSteps steps;

    CampaignStepListener(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        String id = SupervisionCampaignProcess.campaignId(task);
        String actor = StepSupport.actor();
        switch (task.getTaskDefinitionKey()) {
            case TASK_AGREE -> steps.agreed(id, AGREE.equals(text(task, AGREEMENT)), text(task, AGREEMENT_NOTE), actor);
            case TASK_FORM_TEAM -> steps.teamFormed(id, text(task, DECISION_NUMBER), text(task, TEAM_LEADER),
                    text(task, PLAN_SUMMARY), actor);
            case TASK_SEND_NOTICE -> steps.noticeSent(id, text(task, NOTICE_NUMBER), actor);
            case TASK_SELF_REPORT -> steps.selfReportReceived(id, text(task, SELF_REPORT), actor);
            case TASK_FIELD_WORK -> steps.fieldWorkDone(id, text(task, FIELD_WORK_NOTES), actor);
            case TASK_DISCUSS_DRAFT -> steps.draftDiscussed(id, text(task, DRAFT_COMMENTS), actor);
            case TASK_FINAL_REPORT -> steps.reported(id, text(task, REPORT_NUMBER), text(task, FINDINGS), actor);
            default -> throw new IllegalStateException("No record for step " + task.getTaskDefinitionKey());
        }
    }

    private static String text(DelegateTask task, String name) {
        return StepSupport.string(task, name);
    }
}
