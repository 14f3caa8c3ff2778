package vn.danvan.petition;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import vn.danvan.messaging.EventNotYetExpectedException;
import vn.danvan.messaging.InboundEvent;
import vn.danvan.messaging.contract.CaseEventData;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.organization.Level;

/**
 * The receiving side of a move between levels: a {@code vn.danvan.case.*} event that hands a case to
 * a level starts that level's process or wakes the process that waits for it. Called by the
 * handoff listener inside the inbox transaction, so each event has its effect exactly once.
 */
@Service
class CaseHandoffs {

    private final RuntimeService runtimeService;
    private final PetitionCases cases;

    CaseHandoffs(RuntimeService runtimeService, PetitionCases cases) {
        this.runtimeService = runtimeService;
        this.cases = cases;
    }

    void receive(InboundEvent event) {
        CaseEventData data = event.data(CaseEventData.class);
        if (data.targetLevel() == null) {
            return;
        }
        PetitionCase c = cases.get(data.caseId());
        switch (event.type()) {
            case CASE_FORWARDED, CASE_RETURNED -> start(data, c);
            case CASE_DIRECTED -> correlate(PetitionDistrictProcess.MESSAGE_COMMITTEE_DIRECTION, c,
                    Collections.singletonMap(PetitionDistrictProcess.COMMITTEE_DIRECTION, c.committeeDirection()));
            case CASE_RESOLVED, CASE_REFUSED -> correlate(PetitionCommuneProcess.MESSAGE_DISTRICT_RESULT, c,
                    districtResult(event.type(), c));
            default -> throw new IllegalArgumentException("No handoff for " + event.type());
        }
    }

    private void start(CaseEventData data, PetitionCase c) {
        Map<String, Object> variables = caseVariables(c, data.targetUnitCode());
        Level level = Level.parse(data.targetLevel());
        if (level == null) {
            throw new IllegalArgumentException("Unknown level " + data.targetLevel());
        }
        switch (level) {
            case COMMUNE -> runtimeService.createProcessInstanceByKey(PetitionCommuneProcess.KEY)
                    .businessKey(c.caseId()).setVariables(variables).execute();
            case DISTRICT -> {
                variables.put(CaseVariables.FORWARD_REASON, c.forwardReason());
                variables.put(PetitionDistrictProcess.HANDLER, null);
                variables.put(PetitionDistrictProcess.COMMITTEE_DIRECTION, null);
                runtimeService.createMessageCorrelation(PetitionDistrictProcess.MESSAGE_FORWARDED)
                        .processInstanceBusinessKey(c.caseId()).setVariables(variables).correlateStartMessage();
            }
            case COMMITTEE -> {
                variables.put(PetitionCommitteeProcess.DISTRICT_UNIT_CODE, data.fromUnitCode());
                runtimeService.createMessageCorrelation(PetitionCommitteeProcess.MESSAGE_REFERRED)
                        .processInstanceBusinessKey(c.caseId()).setVariables(variables).correlateStartMessage();
            }
        }
    }

    private void correlate(String message, PetitionCase c, Map<String, Object> variables) {
        // Asking first keeps an early event's retries quiet: a failed correlation logs an engine error.
        if (runtimeService.createExecutionQuery().processInstanceBusinessKey(c.caseId())
                .messageEventSubscriptionName(message).count() == 0) {
            throw new EventNotYetExpectedException("no process of case " + c.caseId() + " waits for " + message, null);
        }
        try {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(c.caseId())
                    .setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new EventNotYetExpectedException("no process of case " + c.caseId() + " waits for " + message, e);
        }
    }

    private static Map<String, Object> districtResult(EventType type, PetitionCase c) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.OUTCOME, c.outcome());
        variables.put(CaseVariables.OUTCOME_LABEL, Outcome.labelOf(c.outcome()));
        variables.put(CaseVariables.CONCLUSION, type == EventType.CASE_REFUSED ? c.refusalReason() : c.conclusion());
        return variables;
    }

    private static Map<String, Object> caseVariables(PetitionCase c, String unitCode) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, c.caseId());
        variables.put(CaseVariables.TRACKING_CODE, c.trackingCode());
        variables.put(CaseVariables.SUBJECT, c.subject());
        variables.put(CaseVariables.CONTENT, c.content());
        variables.put(CaseVariables.UNIT_CODE, unitCode);
        variables.put(CaseVariables.ORIGIN_UNIT_CODE, c.originUnitCode());
        variables.put(CaseVariables.CASE_TYPE, c.caseType());
        variables.put(CaseVariables.SUBJECT_AREA, c.subjectArea());
        variables.put(CaseVariables.COMPLEXITY, c.complexity());
        variables.put(CaseVariables.REMOTE_AREA, Boolean.TRUE.equals(c.remoteArea()));
        variables.put(CaseVariables.CONCERNS_PARTY_MEMBER, Boolean.TRUE.equals(c.concernsPartyMember()));
        variables.put(CaseVariables.DISTRICT_DECISION, Boolean.TRUE.equals(c.districtDecision()));
        variables.put(CaseVariables.DENOUNCED_PERSON, c.denouncedPerson());
        return variables;
    }
}
