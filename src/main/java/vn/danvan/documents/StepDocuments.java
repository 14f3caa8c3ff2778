package vn.danvan.documents;

import java.util.List;
import java.util.Map;
import vn.danvan.criticism.SocialCriticismProcess;
import vn.danvan.dialogue.DialogueConferenceProcess;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.petition.PetitionDistrictProcess;
import vn.danvan.petition.SecondInstanceProcess;
import vn.danvan.supervision.SupervisionCampaignProcess;

/**
 * The documents a user task's outcome issues, by the task's id in the BPMN, for the Tasklist tab
 * ("this step issues ..."). Which one is issued depends on the officer's choice; {@link IssuingRules}
 * decides from the step's event once it is taken.
 */
final class StepDocuments {

    private static final Map<String, List<DocumentKind>> BY_TASK = Map.ofEntries(
            Map.entry(PetitionCommuneProcess.TASK_CLASSIFY, List.of()),
            Map.entry(PetitionCommuneProcess.TASK_DECIDE_HANDLING, List.of(DocumentKind.ACCEPTANCE_NOTICE,
                    DocumentKind.TRANSFER_SLIP, DocumentKind.GUIDANCE_SLIP)),
            Map.entry(PetitionCommuneProcess.TASK_RESOLVE_LOCALLY, List.of(DocumentKind.RESOLUTION)),
            Map.entry(PetitionCommuneProcess.TASK_INFORM_CITIZEN, List.of(DocumentKind.RESULT_NOTICE)),
            // an accepted case that the committee must direct travels on with a transfer slip
            Map.entry(PetitionDistrictProcess.TASK_ACCEPT, List.of(DocumentKind.ACCEPTANCE_PROPOSAL,
                    DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.REFUSAL_NOTICE, DocumentKind.TRANSFER_SLIP)),
            Map.entry(PetitionDistrictProcess.TASK_RESOLVE, List.of(DocumentKind.RESOLUTION,
                    DocumentKind.EXTENSION_DECISION)),
            // a second instance's acceptance is proposed and notified like the first's; its decision is its own kind
            Map.entry(SecondInstanceProcess.TASK_ACCEPT, List.of(DocumentKind.ACCEPTANCE_PROPOSAL,
                    DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.REFUSAL_NOTICE)),
            Map.entry(SecondInstanceProcess.TASK_RESOLVE, List.of(DocumentKind.SECOND_INSTANCE_DECISION)),
            Map.entry(DialogueConferenceProcess.TASK_APPROVE_PLAN, List.of(DocumentKind.CONFERENCE_PLAN)),
            Map.entry(DialogueConferenceProcess.TASK_ISSUE_CONCLUSION, List.of(DocumentKind.CONFERENCE_CONCLUSION)),
            Map.entry(SupervisionCampaignProcess.TASK_FORM_TEAM, List.of(DocumentKind.SUPERVISION_DECISION)),
            Map.entry(SocialCriticismProcess.TASK_ISSUE_CRITICISM, List.of(DocumentKind.SOCIAL_CRITICISM)),
            Map.entry(SupervisionCampaignProcess.TASK_FINAL_REPORT, List.of(DocumentKind.SUPERVISION_REPORT,
                    DocumentKind.SUPERVISION_RECOMMENDATION)));

    private StepDocuments() {
    }

    static List<DocumentKind> of(String taskDefinitionKey) {
        return BY_TASK.getOrDefault(taskDefinitionKey, List.of());
    }
}
