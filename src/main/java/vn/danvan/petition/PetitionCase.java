package vn.danvan.petition;

import java.time.Instant;
import vn.danvan.messaging.contract.Lateness;

/** A petition case as stored: what every level's process works on. */
public record PetitionCase(
        String caseId,
        String trackingCode,
        String originUnitCode,
        String currentLevel,
        String currentUnitCode,
        CaseStatus status,
        String channel,
        String caseType,
        String subject,
        String subjectArea,
        String content,
        String complexity,
        Boolean remoteArea,
        Boolean concernsPartyMember,
        Boolean districtDecision,
        String petitionerName,
        String petitionerPhone,
        String petitionerAddress,
        String sourceEventId,
        String duplicateOf,
        String outcome,
        String conclusion,
        String forwardReason,
        String refusalReason,
        String committeeDirection,
        String handler,
        Instant receivedAt,
        Instant dueAt,
        Lateness lateState,
        Instant closedAt,
        Instant acceptedAt,
        int lastSequence,
        String petitionerEmail,
        boolean contactConsent,
        String legalBasis,
        Integer rating,
        Instant disputedAt,
        String externalReference,
        /** whom a denunciation is about ({@code DenouncedPerson}), null when not given */
        String denouncedPerson) {

    /** What officers see instead of a protected denouncer's name (Denunciation Law 2018, art. 47-48). */
    public static final String MASKED_PETITIONER = "(ẩn danh: thông tin người tố cáo được bảo vệ)";

    public boolean isDenunciation() {
        return "DENUNCIATION".equals(caseType);
    }

    /** A denunciation about a Party member: the Party inspection track applies (Party Charter; 22-QĐ/TW). */
    public boolean denouncesPartyMember() {
        return isDenunciation() && (Boolean.TRUE.equals(concernsPartyMember) || "PARTY_MEMBER".equals(denouncedPerson));
    }

    /** How the case ended, as officers and citizens read it (null while it has no outcome). */
    public String outcomeLabel() {
        return outcome == null ? null : Outcome.labelOf(outcome);
    }
}
