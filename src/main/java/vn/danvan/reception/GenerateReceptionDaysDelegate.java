package vn.danvan.reception;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The daily run of {@code citizen-reception-generator}: every active schedule's days of the coming
 * {@code danvan.reception.horizon-days} are generated (those already there are left alone).
 */
@Component("generateReceptionDaysDelegate")
class GenerateReceptionDaysDelegate implements JavaDelegate {

    private final ReceptionSchedules schedules;
    private final ReceptionDays days;

    GenerateReceptionDaysDelegate(ReceptionSchedules schedules, ReceptionDays days) {
        this.schedules = schedules;
        this.days = days;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = ReceptionSchedules.today();
        LocalDate last = today.plusDays(days.horizonDays());
        int generated = 0;
        for (Schedule schedule : schedules.activeOn(today, last)) {
            generated += days.generate(schedule, today, last).size();
        }
        execution.setVariable(CitizenReceptionGeneratorProcess.GENERATED_DAYS, generated);
    }
}
