package vn.danvan.criticism;

import static vn.danvan.criticism.SocialCriticismProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.web.UnacceptableInputException;

/**
 * The REST door of the authority's response: it completes the task that waits for it, exactly as the
 * Front's officer recording the letter in Tasklist would, after the same rule ({@link ResponseRule}).
 */
@Service
class CriticismResponses {

    private final Criticisms criticisms;
    private final TaskService taskService;

    CriticismResponses(Criticisms criticisms, TaskService taskService) {
        this.criticisms = criticisms;
        this.taskService = taskService;
    }

    @Transactional
    Criticism record(String criticismId, CriticismResponse response, String reference, String text, String recordedBy) {
        Criticism c = criticisms.get(criticismId);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(criticismId)
                .taskDefinitionKey(TASK_RECORD_RESPONSE).singleResult();
        if (task == null) {
            throw new UnacceptableInputException(HttpStatus.CONFLICT, "criticismId", "Phản biện đang ở trạng thái "
                    + c.status() + ", không chờ văn bản trả lời (" + c.status() + ", not awaiting a response)");
        }
        ResponseRule.check(response, reference, text, c.lateState()).ifPresent(refusal -> {
            String reason = refusal.reason() + " (" + refusal.english() + ")";
            throw refusal.conflict() ? new UnacceptableInputException(HttpStatus.CONFLICT, refusal.field(), reason)
                    : new InvalidInputException(refusal.field(), reason);
        });
        Map<String, Object> variables = new HashMap<>();
        variables.put(RESPONSE, response.name());
        variables.put(RESPONSE_REFERENCE, reference);
        variables.put(RESPONSE_TEXT, text);
        variables.put(RESPONSE_RECORDED_BY, recordedBy);
        taskService.complete(task.getId(), variables);
        return criticisms.get(criticismId);
    }
}
