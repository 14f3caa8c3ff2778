package vn.danvan.dialogue;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Caller;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.web.UnacceptableInputException;

/**
 * The answering unit's REST door for a written answer: it completes the unit's task as the officer
 * (their groups' authorizations apply), exactly as the Tasklist form does, after checking what the
 * form's step would refuse, so that the caller gets a 400 naming the field instead of a failed step.
 */
@Service
class WrittenAnswerDoor {

    private final Questions questions;
    private final WrittenAnswers writtenAnswers;
    private final TaskService taskService;
    private final IdentityService identityService;

    WrittenAnswerDoor(Questions questions, WrittenAnswers writtenAnswers, TaskService taskService,
            IdentityService identityService) {
        this.questions = questions;
        this.writtenAnswers = writtenAnswers;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /**
     * @throws ConferenceNotFoundException no such question in that conference
     * @throws UnacceptableInputException  409: the question is not awaiting a written answer
     */
    @Transactional
    Question answer(String conferenceId, String questionId, WrittenAnswers.Answer answer, Caller caller) {
        Question q = questions.find(questionId).filter(found -> found.conferenceId().equals(conferenceId))
                .orElseThrow(() -> new ConferenceNotFoundException(questionId));
        WrittenAnswer w = q.writtenAnswer();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(questionId)
                .taskDefinitionKey(DialogueWrittenAnswerProcess.TASK_ANSWER).singleResult();
        if (w == null || !"OPEN".equals(w.state()) || task == null) {
            throw new UnacceptableInputException(HttpStatus.CONFLICT, "questionId", "Câu hỏi không chờ trả lời bằng văn"
                    + " bản (trạng thái " + q.state() + ") / the question is not awaiting a written answer");
        }
        if (!caller.isIn(w.unitCode()) && !caller.administers()) {
            throw new AccessDeniedException("Only the answering unit " + w.unitCode() + " records its written answer");
        }
        writtenAnswers.documentDateProblem(q, answer.documentDate()).ifPresent(problem -> {
            throw new InvalidInputException("documentDate", problem);
        });
        Map<String, Object> variables = new HashMap<>();
        variables.put(DialogueWrittenAnswerProcess.ANSWER_CONTENT, answer.content());
        variables.put(DialogueWrittenAnswerProcess.DOCUMENT_NUMBER, answer.documentNumber());
        variables.put(DialogueWrittenAnswerProcess.DOCUMENT_DATE, answer.documentDate().toString());
        variables.put(DialogueWrittenAnswerProcess.ANSWERED_BY, answer.answeredBy());
        identityService.setAuthentication(caller.userId(), identityService.createGroupQuery()
                .groupMember(caller.userId()).list().stream().map(Group::getId).toList());
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
        return questions.get(questionId);
    }
}
