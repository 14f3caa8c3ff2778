package vn.danvan.petition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/**
 * Completion of "Trả lời yêu cầu về dữ liệu cá nhân": the officer's answer and corrected fields go
 * into the case, then leave the process in the same transaction (the process ends right after, and
 * an insert and delete of a variable in one command never reach {@code act_ru_variable}).
 */
@Component("dataSubjectRequestListener")
class DataSubjectRequestListener implements TaskListener {

    /** The form's fields that may hold personal data, and the case column each corrects. */
    static final Map<String, String> CORRECTIONS = Map.of("newName", "petitioner_name", "newPhone", "petitioner_phone",
            "newAddress", "petitioner_address", "newEmail", "petitioner_email");
    static final List<String> PERSONAL = List.of(DataSubjectRequestProcess.ANSWER, "newName", "newPhone", "newAddress",
            "newEmail");

    private final DataSubjectRequests requests;

    DataSubjectRequestListener(DataSubjectRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, String> corrected = new HashMap<>();
        CORRECTIONS.forEach((variable, column) -> {
            Object value = task.getVariable(variable);
            if (value != null) {
                corrected.put(column, value.toString());
            }
        });
        String officer = task.getAssignee() != null ? task.getAssignee()
                : org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthenticatedUserId();
        requests.answer(UUID.fromString((String) task.getVariable(DataSubjectRequestProcess.REQUEST_ID)),
                (String) task.getVariable(DataSubjectRequestProcess.OUTCOME),
                (String) task.getVariable(DataSubjectRequestProcess.ANSWER), corrected,
                officer == null ? StepSupport.SYSTEM : officer);
        PERSONAL.forEach(task.getExecution()::removeVariable);
        PERSONAL.forEach(task::removeVariableLocal);
    }
}
