package vn.danvan.petition;

import java.time.Instant;

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
        String lateState,
        Instant closedAt,
        Instant acceptedAt,
        int lastSequence,
        String petitionerEmail,
        boolean contactConsent,
        String legalBasis,
        Integer rating,
        Instant disputedAt,
        String externalReference) {

    public boolean isDenunciation() {
        return "DENUNCIATION".equals(caseType);
    }
}
