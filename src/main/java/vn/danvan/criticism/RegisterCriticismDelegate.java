package vn.danvan.criticism;

import static vn.danvan.criticism.SocialCriticismProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Callers;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * First step of a criticism. One entered with Tasklist's start form is checked and registered here,
 * for the Front committee named on the form, which the officer must belong to; one that came through
 * REST is already registered.
 */
@Component("registerCriticismDelegate")
class RegisterCriticismDelegate implements JavaDelegate {

    private final CriticismRegistration registration;
    private final Callers callers;

    RegisterCriticismDelegate(CriticismRegistration registration, Callers callers) {
        this.registration = registration;
        this.callers = callers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (SocialCriticismProcess.criticismId(execution) != null) {
            return;
        }
        String officer = StepSupport.string(execution, INITIATOR);
        String unitCode = StepSupport.string(execution, UNIT_CODE);
        if (officer != null && !callers.ofUser(officer).isIn(unitCode) && !callers.ofUser(officer).administers()) {
            throw new StepRejectedException("Tài khoản " + officer + " không thuộc đơn vị " + unitCode
                    + ": chỉ cán bộ của Ủy ban MTTQ nhận dự thảo mới vào sổ phản biện của đơn vị.");
        }
        CriticismRegistration.Draft draft = new CriticismRegistration.Draft(unitCode,
                StepSupport.string(execution, TITLE), StepSupport.string(execution, AUTHORITY_UNIT_CODE),
                StepSupport.string(execution, AUTHORITY_NAME), StepSupport.string(execution, DRAFT_REFERENCE),
                date(execution, RECEIVED_ON), date(execution, REQUESTED_BY));
        List<CriticismRegistration.Problem> problems = registration.check(draft);
        if (!problems.isEmpty()) {
            throw new StepRejectedException("Thông tin dự thảo chưa hợp lệ: " + problems.stream()
                    .map(p -> p.field() + " " + p.reason()).collect(Collectors.joining("; ")));
        }
        Criticism c = registration.register(draft, officer == null ? StepSupport.SYSTEM : officer);
        execution.setProcessBusinessKey(c.criticismId());
        execution.setVariables(CriticismRegistration.variables(c));
    }

    /** A form's date (Camunda Forms send "2026-11-30"); unreadable is refused by name. */
    private static LocalDate date(DelegateExecution execution, String name) {
        String text = StepSupport.string(execution, name);
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new StepRejectedException("Ngày không hợp lệ ở " + name + ": " + text);
        }
    }
}
