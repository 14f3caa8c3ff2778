package vn.danvan.criticism;

import static vn.danvan.criticism.SocialCriticismProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * Records what an officer entered on a criticism step's form when the step is completed, and refuses
 * (in Vietnamese, the task stays open) what the form could not check: a form not chosen, an opinion
 * left empty, a response without its explanation, or "no response" before the response is late.
 */
@Component("criticismStepListener")
class CriticismStepListener implements TaskListener {

    private final CriticismProgress progress;
    private final CriticismOpinions opinions;
    private final Criticisms criticisms;

    CriticismStepListener(CriticismProgress progress, CriticismOpinions opinions, Criticisms criticisms) {
        this.progress = progress;
        this.opinions = opinions;
        this.criticisms = criticisms;
    }

    @Override
    public void notify(DelegateTask task) {
        String actor = StepSupport.actor();
        switch (task.getTaskDefinitionKey()) {
            case TASK_CHOOSE_FORM -> {
                CriticismForm form = CriticismForm.parse(text(task, FORM));
                if (form == null) {
                    throw new StepRejectedException("Chọn hình thức phản biện: hội nghị, lấy ý kiến bằng văn bản hoặc hội đồng tư vấn.");
                }
                progress.formDecided(id(task), form, text(task, FORM_NOTE), actor);
            }
            case TASK_PREPARE_CONFERENCE -> progress.prepared(id(task), CriticismForm.CONFERENCE,
                    "Hội nghị ngày " + shownDate(required(task, CONFERENCE_DATE, "ngày tổ chức hội nghị")) + " tại "
                            + required(task, CONFERENCE_PLACE, "địa điểm") + optional(task, INVITED, "; thành phần: "), actor);
            case TASK_SEND_FOR_COMMENTS -> progress.prepared(id(task), CriticismForm.WRITTEN,
                    "Công văn " + required(task, LETTER_NUMBER, "số công văn") + optional(task, RECIPIENTS, " gửi: "), actor);
            case TASK_CONVENE_COUNCIL -> progress.prepared(id(task), CriticismForm.COUNCIL,
                    "Quyết định " + required(task, COUNCIL_DECISION, "số quyết định thành lập hội đồng")
                            + optional(task, COUNCIL_MEMBERS, "; thành viên: "), actor);
            case TASK_EXPERT_OPINIONS -> progress.expertsRecorded(id(task), experts(task), text(task, DISCUSSION), actor);
            case TASK_ISSUE_CRITICISM -> progress.drafted(id(task), required(task, SUMMARY, "nội dung phản biện"),
                    required(task, RECOMMENDATIONS, "kiến nghị"), actor);
            case TASK_RECORD_RESPONSE -> checkResponse(task);
            case SocialCriticismOpinionProcess.TASK_GIVE_OPINION -> opinions.given(SocialCriticismOpinionProcess.opinionId(task),
                    required(task, SocialCriticismOpinionProcess.OPINION, "ý kiến góp ý"), actor);
            default -> throw new IllegalStateException("No record for step " + task.getTaskDefinitionKey());
        }
    }

    /** The response is stored by the step after the task; here it is only checked. */
    private void checkResponse(DelegateTask task) {
        ResponseRule.check(CriticismResponse.parse(text(task, RESPONSE)), text(task, RESPONSE_REFERENCE),
                text(task, RESPONSE_TEXT), criticisms.get(id(task)).lateState()).ifPresent(refusal -> {
                    throw new StepRejectedException(refusal.reason());
                });
    }

    static List<CriticismOpinions.ExpertOpinion> experts(DelegateTask task) {
        List<CriticismOpinions.ExpertOpinion> experts = new ArrayList<>();
        for (int i = 1; i <= MAX_FORM_EXPERTS; i++) {
            String name = text(task, EXPERT_PREFIX + i + "Name");
            String opinion = text(task, EXPERT_PREFIX + i + "Opinion");
            if (name == null && opinion == null) {
                continue;
            }
            if (name == null || opinion == null) {
                throw new StepRejectedException("Chuyên gia " + i + ": cần ghi cả họ tên và ý kiến.");
            }
            experts.add(new CriticismOpinions.ExpertOpinion(name, opinion));
        }
        return experts;
    }

    private static String id(DelegateTask task) {
        return SocialCriticismProcess.criticismId(task);
    }

    private static String text(DelegateTask task, String name) {
        return StepSupport.string(task, name);
    }

    private static String required(DelegateTask task, String name, String label) {
        String value = text(task, name);
        if (value == null) {
            throw new StepRejectedException("Cần ghi " + label + ".");
        }
        return value;
    }

    /** A form's date ("2026-12-05") as officers write it (05/12/2026); anything else as it was typed. */
    static String shownDate(String value) {
        try {
            return java.time.LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value)
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
    }

    private static String optional(DelegateTask task, String name, String prefix) {
        String value = text(task, name);
        return value == null ? "" : prefix + value;
    }
}
