package vn.danvan.documents;

import java.util.List;
import java.util.Map;

/**
 * The documents a user task's outcome issues, by the task's id in the BPMN, for the Tasklist tab
 * ("this step issues ..."). Which one is issued depends on the officer's choice; {@link IssuingRules}
 * decides from the step's event once it is taken.
 */
final class StepDocuments {

    private static final Map<String, List<DocumentKind>> BY_TASK = Map.ofEntries(
            Map.entry("UserTaskClassifyPetition", List.of()),
            Map.entry("UserTaskDecideHandling", List.of(DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.TRANSFER_SLIP,
                    DocumentKind.GUIDANCE_SLIP)),
            Map.entry("UserTaskResolveLocally", List.of(DocumentKind.RESOLUTION)),
            Map.entry("UserTaskInformCitizen", List.of(DocumentKind.RESULT_NOTICE)),
            // an accepted case that the committee must direct travels on with a transfer slip
            Map.entry("UserTaskAcceptCase", List.of(DocumentKind.ACCEPTANCE_PROPOSAL, DocumentKind.ACCEPTANCE_NOTICE,
                    DocumentKind.REFUSAL_NOTICE, DocumentKind.TRANSFER_SLIP)),
            Map.entry("UserTaskResolveCase", List.of(DocumentKind.RESOLUTION, DocumentKind.EXTENSION_DECISION)),
            // a second instance's acceptance is proposed and notified like the first's; its decision is its own kind
            Map.entry("UserTaskAcceptSecondInstance", List.of(DocumentKind.ACCEPTANCE_PROPOSAL,
                    DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.REFUSAL_NOTICE)),
            Map.entry("UserTaskResolveSecondInstance", List.of(DocumentKind.SECOND_INSTANCE_DECISION)),
            Map.entry("UserTaskApprovePlan", List.of(DocumentKind.CONFERENCE_PLAN)),
            Map.entry("UserTaskIssueConclusion", List.of(DocumentKind.CONFERENCE_CONCLUSION)),
            Map.entry("UserTaskFormTeam", List.of(DocumentKind.SUPERVISION_DECISION)),
            Map.entry("UserTaskIssueCriticism", List.of(DocumentKind.SOCIAL_CRITICISM)),
            Map.entry("UserTaskFinalReport", List.of(DocumentKind.SUPERVISION_REPORT,
                    DocumentKind.SUPERVISION_RECOMMENDATION)));

    private StepDocuments() {
    }

    static List<DocumentKind> of(String taskDefinitionKey) {
        return BY_TASK.getOrDefault(taskDefinitionKey, List.of());
    }
}
