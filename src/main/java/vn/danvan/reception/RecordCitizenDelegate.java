package vn.danvan.reception;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.platform.web.InvalidInputException;

/**
 * After a citizen's form: the entry goes into the day's register (a petition taken becomes a case),
 * then the citizen's fields leave the process in the same transaction, so Camunda's tables never hold
 * the citizen and the next citizen's form starts empty (docs/personal-data.md).
 */
@Component("recordCitizenDelegate")
class RecordCitizenDelegate implements JavaDelegate {

    private static final Map<String, String> LABELS = Map.of("citizenName", "Họ tên công dân",
            "citizenContent", "Nội dung trình bày", "outcome", "Kết quả", "guidedTo", "Hướng dẫn đến",
            "petitionSubject", "Tiêu đề đơn", "petitionUnitCode", "Xã tiếp nhận đơn", "unitCode", "Xã tiếp nhận đơn",
            "petitioner.phone", "Số điện thoại", "receivedAt", "Ngày tiếp nhận");

    private final ReceptionRegister register;

    RecordCitizenDelegate(ReceptionRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String outcome = StepSupport.string(execution, CitizenReceptionProcess.OUTCOME);
        ReceptionRegister.Entry entry = new ReceptionRegister.Entry(
                StepSupport.string(execution, CitizenReceptionProcess.CITIZEN_NAME),
                StepSupport.string(execution, CitizenReceptionProcess.CITIZEN_PHONE),
                StepSupport.string(execution, CitizenReceptionProcess.CITIZEN_ADDRESS),
                StepSupport.string(execution, CitizenReceptionProcess.CITIZEN_CONTENT),
                outcome == null ? null : ReceptionDay.Outcome.valueOf(outcome),
                StepSupport.string(execution, CitizenReceptionProcess.ANSWER),
                StepSupport.string(execution, CitizenReceptionProcess.GUIDED_TO),
                StepSupport.string(execution, CitizenReceptionProcess.PETITION_SUBJECT),
                StepSupport.string(execution, CitizenReceptionProcess.PETITION_UNIT_CODE));
        try {
            register.record(StepSupport.string(execution, CitizenReceptionProcess.DAY_ID), entry, StepSupport.actor());
        } catch (InvalidInputException e) {
            throw new StepRejectedException("Không ghi được vào sổ tiếp công dân: "
                    + LABELS.getOrDefault(e.field(), e.field()) + " " + e.reason());
        } catch (jakarta.validation.ConstraintViolationException e) {
            throw new StepRejectedException("Không tiếp nhận được đơn: " + e.getMessage());
        }
        CitizenReceptionProcess.CITIZEN_FIELDS.forEach(execution::removeVariable);
        Object recorded = execution.getVariable(CitizenReceptionProcess.CITIZENS_RECORDED);
        execution.setVariable(CitizenReceptionProcess.CITIZENS_RECORDED,
                (recorded instanceof Number n ? n.intValue() : 0) + 1);
        execution.setVariable(CitizenReceptionProcess.ANOTHER_CITIZEN,
                StepSupport.flag(execution, CitizenReceptionProcess.ANOTHER_CITIZEN));
    }
}
