package vn.danvan.documents;

import java.util.List;
import java.util.Set;
import vn.danvan.messaging.contract.CaseEventData;
import vn.danvan.messaging.contract.EventType;

/**
 * Which documents a step issues, read from the step's event alone (docs/documents.md gives the legal
 * reason of each line). Pure: the listener, the pending check of an address and the Tasklist tab
 * all ask it.
 */
final class IssuingRules {

    /** The events that may issue a document; the listener ignores the others before reading them. */
    static final Set<EventType> TRIGGERS = Set.of(EventType.CASE_RECEIVED, EventType.CASE_ACCEPTED,
            EventType.CASE_REFUSED, EventType.CASE_FORWARDED, EventType.CASE_RETURNED, EventType.CASE_EXTENDED,
            EventType.CASE_RESOLVED, EventType.CASE_CLOSED, EventType.DIALOGUE_PLANNED, EventType.DIALOGUE_CONCLUDED,
            EventType.SUPERVISION_STARTED, EventType.SUPERVISION_REPORTED,
            EventType.SUPERVISION_RECOMMENDATION_MADE, EventType.CRITICISM_ISSUED);

    private static final String COMPLAINT = "COMPLAINT";
    private static final String DENUNCIATION = "DENUNCIATION";

    private IssuingRules() {
    }

    /** The kinds a case's change issues, in the order they are numbered. */
    static List<DocumentKind> forCase(EventType type, String caseType, String status) {
        return forCase(type, caseType, status, false);
    }

    /**
     * @param secondInstance the case is a second-instance complaint (docs/second-instance.md): its
     *     decision is the second-instance decision, which the complainant receives itself, so its
     *     closing issues no separate result notice
     */
    static List<DocumentKind> forCase(EventType type, String caseType, String status, boolean secondInstance) {
        if (secondInstance && type == EventType.CASE_RESOLVED) {
            return List.of(DocumentKind.SECOND_INSTANCE_DECISION);
        }
        if (secondInstance && type == EventType.CASE_CLOSED) {
            return List.of();
        }
        return switch (type) {
            case CASE_RECEIVED -> List.of(DocumentKind.RECEIPT);
            // complaints and denunciations are formally accepted (thụ lý) on an officer's written proposal
            case CASE_ACCEPTED -> COMPLAINT.equals(caseType) || DENUNCIATION.equals(caseType)
                    ? List.of(DocumentKind.ACCEPTANCE_PROPOSAL, DocumentKind.ACCEPTANCE_NOTICE)
                    : List.of(DocumentKind.ACCEPTANCE_NOTICE);
            case CASE_REFUSED -> List.of(DocumentKind.REFUSAL_NOTICE);
            case CASE_FORWARDED -> List.of(DocumentKind.TRANSFER_SLIP);
            // outside the unit's competence: the petition travels with a slip; a complainant is also told
            // where to complain, because a complaint is decided only by the body that made the act
            case CASE_RETURNED -> COMPLAINT.equals(caseType)
                    ? List.of(DocumentKind.TRANSFER_SLIP, DocumentKind.GUIDANCE_SLIP)
                    : List.of(DocumentKind.TRANSFER_SLIP);
            case CASE_EXTENDED -> List.of(DocumentKind.EXTENSION_DECISION);
            case CASE_RESOLVED -> List.of(DocumentKind.RESOLUTION);
            // a duplicate is closed without a result of its own: the original case carries the papers
            case CASE_CLOSED -> "DUPLICATE".equals(status) ? List.of() : List.of(DocumentKind.RESULT_NOTICE);
            default -> List.of();
        };
    }

    static List<DocumentKind> forCase(EventType type, CaseEventData data) {
        return forCase(type, data.type(), data.status(), data.firstInstanceCaseId() != null);
    }

    static List<DocumentKind> forConference(EventType type) {
        return switch (type) {
            case DIALOGUE_PLANNED -> List.of(DocumentKind.CONFERENCE_PLAN);
            case DIALOGUE_CONCLUDED -> List.of(DocumentKind.CONFERENCE_CONCLUSION);
            default -> List.of();
        };
    }

    static List<DocumentKind> forCriticism(EventType type) {
        // the criticism goes to the authority as one numbered document of the Front (Joint Resolution 403/2017)
        return type == EventType.CRITICISM_ISSUED ? List.of(DocumentKind.SOCIAL_CRITICISM) : List.of();
    }

    static List<DocumentKind> forCampaign(EventType type) {
        return switch (type) {
            case SUPERVISION_STARTED -> List.of(DocumentKind.SUPERVISION_DECISION);
            case SUPERVISION_REPORTED -> List.of(DocumentKind.SUPERVISION_REPORT);
            // each recommendation is tracked with its own due date and answer: one written recommendation each
            case SUPERVISION_RECOMMENDATION_MADE -> List.of(DocumentKind.SUPERVISION_RECOMMENDATION);
            default -> List.of();
        };
    }
}
