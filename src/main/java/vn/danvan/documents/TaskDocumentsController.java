package vn.danvan.documents;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import vn.danvan.organization.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.criticism.CriticismRecords;
import vn.danvan.dialogue.ConferenceRecords;
import vn.danvan.petition.PetitionCases;
import vn.danvan.supervision.CampaignRecords;

/**
 * What the Tasklist tab needs to know about a task: the case, conference or campaign it works on
 * (its process's business key; a commitment's, a written answer's or a recommendation's belongs to
 * its conference or campaign), where to read it and its documents, and which documents this step issues. 404 for a
 * task whose subject the caller may not see.
 */
@RestController
class TaskDocumentsController {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final PetitionCases cases;
    private final ConferenceRecords conferences;
    private final CampaignRecords campaigns;
    private final CriticismRecords criticisms;
    private final DocumentAccess access;

    TaskDocumentsController(TaskService taskService, RuntimeService runtimeService, PetitionCases cases,
            ConferenceRecords conferences, CampaignRecords campaigns, CriticismRecords criticisms, DocumentAccess access) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.cases = cases;
        this.conferences = conferences;
        this.campaigns = campaigns;
        this.criticisms = criticisms;
        this.access = access;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaskSubject(String subjectType, String subjectId, String trackingCode, String view, String documents,
            List<StepDocument> issues) {
    }

    record StepDocument(String kind, String title) {
    }

    @GetMapping("/api/documents/tasks/{taskId}")
    ResponseEntity<?> of(@PathVariable String taskId, Caller caller) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return Pdfs.notFound();
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        Optional<TaskSubject> subject = instance == null || instance.getBusinessKey() == null ? Optional.empty()
                : subject(instance.getBusinessKey(), task.getTaskDefinitionKey(), task.getId());
        return subject.filter(s -> access.maySee(caller, SubjectType.valueOf(s.subjectType()), s.subjectId()))
                .<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(Pdfs::notFound);
    }

    private Optional<TaskSubject> subject(String businessKey, String taskKey, String taskId) {
        List<StepDocument> issues = StepDocuments.of(taskKey).stream()
                .map(k -> new StepDocument(k.name(), k.title())).toList();
        var c = cases.find(businessKey);
        if (c.isPresent()) {
            // the tab reads the case through the officers' door, which audits the view; the task
            // it was opened from goes into the audit line
            return Optional.of(new TaskSubject(SubjectType.CASE.name(), businessKey, c.get().trackingCode(),
                    "/api/cases/" + businessKey + "?task=" + taskId, "/api/cases/" + businessKey + "/documents", issues));
        }
        // a commitment (…-C01) or a question answered in writing (…-Q01) belongs to its conference,
        // a recommendation (…-K1) to its campaign
        String conferenceId = businessKey.replaceFirst("-[CQ]\\d+$", "");
        if (conferences.find(conferenceId).isPresent()) {
            return Optional.of(new TaskSubject(SubjectType.CONFERENCE.name(), conferenceId, null,
                    "/api/dialogues/" + conferenceId, "/api/dialogues/" + conferenceId + "/documents", issues));
        }
        String campaignId = businessKey.replaceFirst("-K\\d+$", "");
        if (campaigns.find(campaignId).isPresent()) {
            return Optional.of(new TaskSubject(SubjectType.CAMPAIGN.name(), campaignId, null,
                    "/api/supervisions/" + campaignId, "/api/supervisions/" + campaignId + "/documents", issues));
        }
        // an organisation's opinion (…-Y01) belongs to its criticism
        String criticismId = businessKey.replaceFirst("-Y\\d+$", "");
        if (criticisms.find(criticismId).isPresent()) {
            return Optional.of(new TaskSubject(SubjectType.CRITICISM.name(), criticismId, null,
                    "/api/criticisms/" + criticismId, "/api/criticisms/" + criticismId + "/documents", issues));
        }
        return Optional.empty();
    }
}
