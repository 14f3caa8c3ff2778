package vn.danvan.petition;

import jakarta.validation.Validator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.messaging.contract.Petitioner;
import vn.danvan.organization.Callers;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.web.VietnameseViolations;

/**
 * First step of the commune process. A petition that came through REST or Kafka is already a case;
 * one recorded with Tasklist's start form becomes one here, at the recording officer's commune.
 */
@Component("registerCaseDelegate")
class RegisterCaseDelegate implements JavaDelegate {

    private final PetitionIntake intake;
    private final Callers callers;
    private final Validator validator;

    RegisterCaseDelegate(PetitionIntake intake, Callers callers, Validator validator) {
        this.intake = intake;
        this.callers = callers;
        this.validator = validator;
    }

    /**
     * The start form's personal fields: moved into the (encrypted) case row, then removed from the
     * process in the same transaction. The engine then never writes them to {@code act_ru_variable}
     * (an insert and a delete in one command cancel out), and history level {@code activity} keeps
     * no variable history, so Camunda's tables, Cockpit and the REST API never hold the petitioner.
     */
    static final java.util.List<String> PERSONAL_FIELDS = java.util.List.of(PetitionCommuneProcess.PETITIONER_NAME,
            PetitionCommuneProcess.PETITIONER_PHONE, PetitionCommuneProcess.PETITIONER_ADDRESS);

    @Override
    public void execute(DelegateExecution execution) {
        if (CaseVariables.caseId(execution) != null) {
            // REST, Kafka and the portal never set them; removed anyway should another door start so
            PERSONAL_FIELDS.forEach(execution::removeVariable);
            return;
        }
        String officer = StepSupport.string(execution, PetitionCommuneProcess.INITIATOR);
        String unitCode = officerCommune(officer);
        PetitionSubmission submission = new PetitionSubmission(unitCode,
                PetitionSubmission.Channel.valueOf(orDefault(StepSupport.string(execution,
                PetitionCommuneProcess.CHANNEL), "WALK_IN")),
                null, StepSupport.string(execution, CaseVariables.SUBJECT),
                StepSupport.string(execution, CaseVariables.CONTENT),
                        null, new Petitioner(StepSupport.string(execution, PetitionCommuneProcess.PETITIONER_NAME),
                        StepSupport.string(execution, PetitionCommuneProcess.PETITIONER_PHONE),
                        StepSupport.string(execution, PetitionCommuneProcess.PETITIONER_ADDRESS)), null);
        var violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            throw new StepRejectedException("Không lưu được đơn: " + violations.stream()
                    .map(RegisterCaseDelegate::inVietnamese).sorted().collect(Collectors.joining("; ")));
        }
        PetitionCase created;
        try {
            created = intake.register(submission, null, officer == null ? StepSupport.SYSTEM : officer,
                    LegalBasis.Door.OFFICE);
        } catch (InvalidInputException e) {
            throw new StepRejectedException("Không lưu được đơn: " + LABELS.getOrDefault(e.field(), e.field()) + " "
                    + e.reason());
        }
        PERSONAL_FIELDS.forEach(execution::removeVariable);
        execution.setProcessBusinessKey(created.caseId());
        execution.setVariable(CaseVariables.CASE_ID, created.caseId());
        execution.setVariable(CaseVariables.TRACKING_CODE, created.trackingCode());
        execution.setVariable(CaseVariables.UNIT_CODE, unitCode);
        execution.setVariable(CaseVariables.ORIGIN_UNIT_CODE, unitCode);
        execution.setVariable(CaseVariables.CASE_TYPE, null);
    }

    private String officerCommune(String officer) {
        if (officer != null) {
            for (var unit : callers.ofUser(officer).units()) {
                if (unit.kind().receivesPetitions()) {
                    return unit.code();
                }
            }
        }
        throw new StepRejectedException("Chỉ cán bộ cấp xã mới ghi nhận đơn tại đây: tài khoản "
                + officer + " không thuộc xã, thị trấn nào.");
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** The start form's labels, for the fields of a petition an officer can get wrong. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.of(
            "subject", "Tóm tắt nội dung", "content", "Nội dung đơn", "petitioner.fullName", "Họ và tên người gửi",
            "petitioner.phone", "Số điện thoại", "petitioner.address", "Địa chỉ", "receivedAt", "Ngày nhận");

    private static String inVietnamese(jakarta.validation.ConstraintViolation<?> violation) {
        return VietnameseViolations.describe(violation, LABELS);
    }
}
