package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Callers;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.web.UnacceptableInputException;

/**
 * First step of {@code complaint-second-instance}. REST and the portal start the process for a
 * request already recorded; an officer's request from Tasklist's start form (the first case's id and
 * the complainant's reason) is recorded here, or refused with the reason, which Tasklist shows.
 */
@Component("registerSecondInstanceDelegate")
class RegisterSecondInstanceDelegate implements JavaDelegate {

    private final SecondInstances secondInstances;
    private final PetitionCases cases;
    private final CaseAccess access;
    private final Callers callers;

    RegisterSecondInstanceDelegate(SecondInstances secondInstances, PetitionCases cases, CaseAccess access,
            Callers callers) {
        this.secondInstances = secondInstances;
        this.cases = cases;
        this.access = access;
        this.callers = callers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (CaseVariables.caseId(execution) != null) {
            return;
        }
        String officer = StepSupport.string(execution, SecondInstanceProcess.INITIATOR);
        String firstCaseId = StepSupport.string(execution, SecondInstanceProcess.FIRST_CASE_ID);
        String caseId = firstCaseId == null ? null : firstCaseId.strip().toUpperCase(java.util.Locale.ROOT);
        // an officer asks only about a case their unit may see; any other id is "not found", as in REST
        if (officer == null || caseId == null || cases.find(caseId)
                .filter(c -> access.canView(callers.ofUser(officer), c)).isEmpty()) {
            throw new StepRejectedException("Không tìm thấy hồ sơ " + firstCaseId + " trong các hồ sơ đơn vị được xem.");
        }
        SecondInstances.Request request;
        try {
            request = secondInstances.register(caseId, StepSupport.string(execution, SecondInstanceProcess.REASON),
                    officer,
                    SecondInstances.Door.TASKLIST);
        } catch (InvalidInputException e) {
            throw new StepRejectedException("Không ghi nhận được yêu cầu: " + e.reason());
        } catch (UnacceptableInputException e) {
            throw new StepRejectedException("Không ghi nhận được yêu cầu khiếu nại lần hai: " + e.getMessage());
        }
        if (!request.inSystem()) {
            // the first case is the subject: the process ends at once, having recorded the referral
            execution.setProcessBusinessKey(caseId);
            execution.setVariable(SecondInstanceProcess.IN_SYSTEM, false);
            execution.setVariable(SecondInstanceProcess.REFERRED_TO, request.referredTo());
            return;
        }
        PetitionCase second = cases.get(request.secondCaseId());
        execution.setProcessBusinessKey(second.caseId());
        execution.setVariables(secondInstances.variables(second, request));
    }
}
