package vn.danvan.petition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.petition.SecondInstanceProcess.Acceptance;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * Checks and records what an officer enters in the second instance's forms when they complete the
 * task: the acceptance (thụ lý, or not with its reason), the dialogue's minutes (art. 39) and the
 * decision's content. Input the form cannot check is refused with a Vietnamese message; the task stays.
 */
@Component("secondInstanceFormListener")
class SecondInstanceFormListener implements TaskListener {

    static final int MAX_TEXT = 20000;
    /** A second instance decides on the merits: upheld, partly or not (art. 40). */
    static final Set<String> OUTCOMES = Set.of(Outcome.UPHELD.name(), Outcome.PARTLY_UPHELD.name(),
            Outcome.REJECTED.name());

    private final SecondInstances secondInstances;
    private final PetitionCases cases;

    SecondInstanceFormListener(SecondInstances secondInstances, PetitionCases cases) {
        this.secondInstances = secondInstances;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case SecondInstanceProcess.TASK_ACCEPT -> accepted(task);
            case SecondInstanceProcess.TASK_DIALOGUE -> dialogue(task);
            case SecondInstanceProcess.TASK_RESOLVE -> decision(task);
            default -> throw new IllegalStateException("No second-instance form on " + task.getTaskDefinitionKey());
        }
    }

    private void accepted(DelegateTask task) {
        String acceptance = StepSupport.string(task, SecondInstanceProcess.ACCEPTANCE);
        if (Acceptance.REFUSE.name().equals(acceptance)) {
            String reason = StepSupport.string(task, SecondInstanceProcess.REFUSAL_REASON);
            if (reason == null || reason.isBlank()) {
                throw new StepRejectedException("Cần nêu lý do không thụ lý (Luật Khiếu nại 2011, Điều 11).");
            }
            return;
        }
        if (!Acceptance.ACCEPT.name().equals(acceptance)) {
            throw new StepRejectedException("Cần chọn thụ lý hoặc không thụ lý.");
        }
        secondInstances.accept(CaseVariables.caseId(task), StepSupport.flag(task, SecondInstanceProcess.COMPLEX),
                StepSupport.actor());
    }

    private void dialogue(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        LocalDate date;
        try {
            String text = StepSupport.string(task, SecondInstanceProcess.DIALOGUE_DATE);
            if (text == null) {
                throw new StepRejectedException("Cần nhập ngày đối thoại.");
            }
            date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new StepRejectedException("Ngày đối thoại không hợp lệ.");
        }
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(CaseNumbers.VIETNAM).toLocalDate();
        if (date.isAfter(today)) {
            throw new StepRejectedException("Ngày đối thoại không được sau hôm nay: ghi biên bản sau khi đã đối thoại.");
        }
        PetitionCase c = cases.get(caseId);
        if (c.acceptedAt() != null && date.isBefore(c.acceptedAt().atZone(CaseNumbers.VIETNAM).toLocalDate())) {
            throw new StepRejectedException("Ngày đối thoại không được trước ngày thụ lý khiếu nại lần hai.");
        }
        secondInstances.dialogueHeld(caseId, date, text(task, SecondInstanceProcess.DIALOGUE_PARTICIPANTS,
                "thành phần tham gia đối thoại"), text(task, SecondInstanceProcess.DIALOGUE_CONTENT, "nội dung đối thoại"),
                text(task, SecondInstanceProcess.DIALOGUE_AGREEMENT, "kết quả đối thoại (nội dung đã thống nhất, chưa thống nhất)"),
                StepSupport.actor());
    }

    private void decision(DelegateTask task) {
        String outcome = StepSupport.string(task, SecondInstanceProcess.OUTCOME);
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new StepRejectedException("Cần chọn kết quả giải quyết: khiếu nại đúng, đúng một phần hoặc sai.");
        }
        text(task, SecondInstanceProcess.CONCLUSION, "nội dung quyết định giải quyết");
    }

    private static String text(DelegateTask task, String variable, String what) {
        String value = StepSupport.string(task, variable);
        if (value == null || value.isBlank()) {
            throw new StepRejectedException("Cần nhập " + what + ".");
        }
        if (value.length() > MAX_TEXT) {
            throw new StepRejectedException("Nội dung " + what + " dài quá " + MAX_TEXT + " ký tự.");
        }
        return value.strip();
    }
}
