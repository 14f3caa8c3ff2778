package vn.danvan.petition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import vn.danvan.messaging.contract.Lateness;

/** A case as an authorised officer sees it through {@code GET /api/cases/{caseId}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseView(String caseId, String trackingCode, String status, String statusLabel, String level,
        String unitCode, String originUnitCode, String channel, String type, String subject, String subjectArea,
        String content, Petitioner petitioner, Instant receivedAt, Instant dueAt, Lateness lateState, Instant closedAt,
        String outcome, String outcomeLabel, String conclusion, String duplicateOf, List<TimelineEntry> timeline,
        List<DataSubjectRequests.Request> dataRequests, List<InspectionSummary> partyInspections,
        SecondInstances.Link secondInstance, SecondInstances.Link firstInstance) {

    /** The Party inspection of a denounced member, as far as the case needs it: its course and its outcome. */
    record InspectionSummary(String inspectionId, String status, String commissionUnit, String committeeUnit,
            Instant startedAt, Instant closedAt, Boolean violationFound, String proposedDiscipline,
            String decidedDiscipline, String decisionNumber, String outcome) {

        static InspectionSummary of(vn.danvan.inspection.PartyInspection i) {
            return new InspectionSummary(i.inspectionId(), i.status().name(), i.commissionUnit(), i.committeeUnit(),
                    i.startedAt(), i.closedAt(), i.violationFound(),
                    i.proposedDiscipline() == null ? null : i.proposedDiscipline().name(),
                    i.decidedDiscipline() == null ? null : i.decidedDiscipline().name(), i.decisionNumber(),
                    i.outcomeText().isEmpty() ? null : i.outcomeText());
        }
    }

    record Petitioner(String fullName, String phone, String address, String email) {
    }

    static final String MASKED = PetitionCase.MASKED_PETITIONER;

    /** @param identity whether the viewer may know who filed it (always, except denunciations) */
    static CaseView of(PetitionCase c, List<TimelineEntry> timeline, boolean identity,
            List<DataSubjectRequests.Request> dataRequests, List<vn.danvan.inspection.PartyInspection> inspections) {
        Petitioner petitioner = identity ? new Petitioner(c.petitionerName(), c.petitionerPhone(), c.petitionerAddress(),
                c.petitionerEmail()) : new Petitioner(MASKED, null, null, null);
        return new CaseView(c.caseId(), c.trackingCode(), c.status().name(), c.status().label(), c.currentLevel(),
                c.currentUnitCode(), c.originUnitCode(), c.channel(), c.caseType(), c.subject(), c.subjectArea(),
                c.content(), petitioner,
                c.receivedAt(), c.dueAt(), c.lateState(), c.closedAt(), c.outcome(),
                c.outcome() == null ? null : Outcome.labelOf(c.outcome()), c.conclusion(), c.duplicateOf(), timeline,
                // the citizen's requests about their data say who they are: only with the identity
                identity && !dataRequests.isEmpty() ? dataRequests : null,
                inspections.isEmpty() ? null : inspections.stream().map(InspectionSummary::of).toList(), null, null);
    }

    /**
     * The same view with the case's second-instance links (docs/second-instance.md).
     *
     * @param secondInstance the request made on this (first-instance) case, or null
     * @param firstInstance  the link of this second-instance case to its first, or null
     */
    CaseView linked(SecondInstances.Link secondInstance, SecondInstances.Link firstInstance) {
        return new CaseView(caseId, trackingCode, status, statusLabel, level, unitCode, originUnitCode, channel, type,
                subject, subjectArea, content, petitioner, receivedAt, dueAt, lateState, closedAt, outcome, outcomeLabel,
                conclusion, duplicateOf, timeline, dataRequests, partyInspections, secondInstance, firstInstance);
    }
}
