package vn.danvan.documents;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.danvan.dialogue.ConferenceRecords;
import vn.danvan.dialogue.DialogueAccess;
import vn.danvan.petition.CaseAccess;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionCases;
import vn.danvan.supervision.CampaignRecords;
import vn.danvan.supervision.SupervisionAccess;

/**
 * Who may read which document: exactly who may see the case, conference or campaign it belongs to,
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

    DocumentAccess(PetitionCases cases, CaseAccess caseAccess, ConferenceRecords conferences,
            DialogueAccess dialogueAccess, CampaignRecords campaigns, SupervisionAccess supervisionAccess) {
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.conferences = conferences;
        this.dialogueAccess = dialogueAccess;
        this.campaigns = campaigns;
        this.supervisionAccess = supervisionAccess;
    }

    /** Whether the subject exists and the caller may see it. */
    boolean maySee(Authentication user, SubjectType type, String id) {
        return switch (type) {
            case CASE -> visibleCase(user, id).isPresent();
            case CONFERENCE -> conferences.find(id).filter(c -> dialogueAccess.canView(user, c)).isPresent();
            case CAMPAIGN -> campaigns.find(id).filter(c -> supervisionAccess.canView(user, c)).isPresent();
        };
    }

    Optional<PetitionCase> visibleCase(Authentication user, String caseId) {
        return cases.find(caseId).filter(c -> caseAccess.canView(user, c));
    }

    /**
     * A correction is a new official document of the issuing unit: its officers or an administrator
     * issue it (group ids are unit codes, as everywhere in danvan).
     */
    boolean mayCorrect(Authentication user, RegisterEntry document) {
        return mayRead(user, document) && user.getAuthorities().stream()
                .map(org.springframework.security.core.GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("GROUP_" + document.unitCode()) || a.equals("GROUP_camunda-admin"));
    }

    /** The caller sees the subject, and a document naming the petitioner is read only by who may know them. */
    boolean mayRead(Authentication user, RegisterEntry document) {
        if (document.subjectType() != SubjectType.CASE) {
            return maySee(user, document.subjectType(), document.subjectId());
        }
        return visibleCase(user, document.subjectId())
                .filter(c -> !document.namesPetitioner() || caseAccess.mayKnowPetitioner(user, c)).isPresent();
    }
}
