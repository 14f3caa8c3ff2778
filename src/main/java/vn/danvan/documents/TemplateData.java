package vn.danvan.documents;

import java.util.List;

/**
 * Everything a template may print, by the names docs/documents.md lists ({@code ${petition.trackingCode}}).
 * Texts are ready to print (dates written out, codes as words); only one of petition, conference,
 * campaign and criticism is present.
 */
record TemplateData(Doc doc, Issuer issuer, Petition petition, Conference conference, Campaign campaign,
        Criticism criticism) {

    /** A case's, conference's or campaign's data: no criticism. */
    TemplateData(Doc doc, Issuer issuer, Petition petition, Conference conference, Campaign campaign) {
        this(doc, issuer, petition, conference, campaign, null);
    }

    TemplateData withDoc(Doc heading) {
        return new TemplateData(heading, issuer, petition, conference, campaign, criticism);
    }

    /** The document's own facts: its number and date exist only once the register gave them. */
    record Doc(String kind, String title, String number, String placeAndDate, String issuedAt, String issuedDate,
            String officer, String statusUrl, String qr) {
    }

    record Person(String name, String address, String phone) {
    }

    /**
     * @param masked  the petitioner is a protected denouncer and this document is not addressed to them:
     *                {@code petitioner.name} holds the masking text, address and phone are absent
     * @param note    what the step recorded in the case's timeline (an extension's decision and reason)
     * @param fromUnit the unit that held the case before the step; {@code toUnit} the one after it
     */
    record Petition(String caseId, String trackingCode, String type, String typeLabel, String channelLabel,
            String subject, String content, String receivedAt, String receivedDate, String dueDate, String statusLabel,
            Person petitioner, boolean masked, String outcomeLabel, String conclusion, String refusalReason,
            String forwardReason, String handler, String note, String fromUnit, String toUnit, String originUnit) {
    }

    record Conference(String conferenceId, String themes, String plannedDate, String plannedTime, String place,
            String leaders, String invitedGroups, String questionDeadline, String heldDate, Integer attendance,
            String conclusion, List<Commitment> commitments) {
    }

    record Commitment(int number, String content, String ownerUnit, String dueDate) {
    }

    record Campaign(String campaignId, int year, int plannedQuarter, String subject, String supervisedBody,
            String decisionNumber, String teamLeader, String planSummary, String reportNumber, String findings,
            List<Recommendation> recommendations, Recommendation recommendation) {
    }

    record Recommendation(String recommendationId, int number, String content, String dueDate) {
    }

    /**
     * @param formLabel  the form of the criticism in words; {@code formRecord} what its step recorded
     * @param opinions   the organisations' and experts' opinions given
     */
    record Criticism(String criticismId, String title, String authority, String draftReference, String receivedDate,
            String requestedByDate, String formLabel, String formRecord, List<Opinion> opinions, String summary,
            String recommendations, String responseDueDate) {
    }

    record Opinion(String author, String content) {
    }
}
