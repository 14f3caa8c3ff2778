package vn.danvan.reception;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** Every citizen of a held day is in the register: the day is recorded. */
@Component("closeReceptionRegisterDelegate")
class CloseRegisterDelegate implements JavaDelegate {

    private final ReceptionDays days;

    CloseRegisterDelegate(ReceptionDays days) {
        this.days = days;
    }

    @Override
    public void execute(DelegateExecution execution) {
        days.recorded(StepSupport.string(execution, CitizenReceptionProcess.DAY_ID), StepSupport.actor());
    }
}
