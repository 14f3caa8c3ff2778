package vn.danvan.reception;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/**
 * Names a reception day's tasks after the day and the leader ("Tiếp công dân định kỳ ngày 03/12/2026 ·
 * Chủ tịch UBND xã Hiệp An"), due when the day's register is (the end of the next working day).
 */
@Component("receptionTaskListener")
class ReceptionTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        StepSupport.name(task, task.getName() + " ngày " + task.getVariable(CitizenReceptionProcess.RECEPTION_DATE_TEXT)
                + " · " + task.getVariable(CitizenReceptionProcess.LEADER_TITLE));
        task.setDueDate((java.util.Date) task.getVariable(CitizenReceptionProcess.REGISTER_DUE));
    }
}
