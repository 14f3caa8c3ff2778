package vn.danvan.documents;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danvan.criticism.CriticismAccess;
import vn.danvan.criticism.CriticismRecords;
import vn.danvan.dialogue.ConferenceRecords;
import vn.danvan.dialogue.DialogueAccess;
import vn.danvan.organization.Caller;
import vn.danvan.petition.CaseAccess;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionCases;
import vn.danvan.supervision.CampaignRecords;
import vn.danvan.supervision.SupervisionAccess;

/**
 * Who may read which document: exactly who may see the case, conference, campaign or criticism it belongs to,
 * by that module's own rule; a document that names a protected denouncer only those who may know
 * them (the case's rule again). Nobody else learns that a document exists.
 */
@Component
class DocumentAccess {

    private final PetitionCases cases;
    private final CaseAccess caseAccess;
    private final ConferenceRecords conferences;
    private final DialogueAccess dialogueAccess;
    private final CampaignRecords campaigns;
    private final SupervisionAccess supervisionAccess;
    private final CriticismRecords criticisms;
    private final CriticismAccess criticismAccess;

    DocumentAccess(PetitionCases cases, CaseAccess caseAccess, ConferenceRecords conferences,
            DialogueAccess dialogueAccess, CampaignRecords campaigns, SupervisionAccess supervisionAccess,
            CriticismRecords criticisms, CriticismAccess criticismAccess) {
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.conferences = conferences;
        this.dialogueAccess = dialogueAccess;
        this.campaigns = campaigns;
        this.supervisionAccess = supervisionAccess;
        this.criticisms = criticisms;
        this.criticismAccess = criticismAccess;
    }

    /** Whether the subject exists and the caller may see it. */
    boolean maySee(Caller caller, SubjectType type, String id) {
        return switch (type) {
            case CASE -> visibleCase(caller, id).isPresent();
            case CONFERENCE -> conferences.find(id).filter(c -> dialogueAccess.canView(caller, c)).isPresent();
            case CAMPAIGN -> campaigns.find(id).filter(c -> supervisionAccess.canView(caller, c)).isPresent();
            case CRITICISM -> criticisms.find(id).filter(c -> criticismAccess.canView(caller, c)).isPresent();
        };
    }

    Optional<PetitionCase> visibleCase(Caller caller, String caseId) {
        return cases.find(caseId).filter(c -> caseAccess.canView(caller, c));
    }

    /** A correction is a new official document of the issuing unit: its officers or an administrator issue it. */
    boolean mayCorrect(Caller caller, RegisterEntry document) {
        return mayRead(caller, document) && (caller.isIn(document.unitCode()) || caller.administers());
    }

    /** The caller sees the subject, and a document naming the petitioner is read only by who may know them. */
    boolean mayRead(Caller caller, RegisterEntry document) {
        if (document.subjectType() != SubjectType.CASE) {
            return maySee(caller, document.subjectType(), document.subjectId());
        }
        return visibleCase(caller, document.subjectId())
                .filter(c -> !document.namesPetitioner() || caseAccess.mayKnowPetitioner(caller, c)).isPresent();
    }
}
