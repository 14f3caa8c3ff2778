package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Process variables that every petition process carries, and those its forms fill in. */
final class CaseVariables {

    static final String CASE_ID = "caseId";
    static final String TRACKING_CODE = "trackingCode";
    static final String SUBJECT = "subject";
    static final String CONTENT = "content";
    /** The unit whose officers work the process's tasks (their candidate group). */
    static final String UNIT_CODE = "unitCode";
    static final String ORIGIN_UNIT_CODE = "originUnitCode";
    static final String CASE_TYPE = "caseType";
    static final String SUBJECT_AREA = "subjectArea";
    static final String COMPLEXITY = "complexity";
    static final String REMOTE_AREA = "remoteArea";
    static final String CONCERNS_PARTY_MEMBER = "concernsPartyMember";
    static final String DISTRICT_DECISION = "districtDecision";
    /** Whom a denunciation is about ({@link DenouncedPerson}): an input of the routing table. */
    static final String DENOUNCED_PERSON = "denouncedPerson";
    /** Outputs of the routing decision (DMN petition-routing). */
    static final String HANDLING_LEVEL = "handlingLevel";
    static final String HANDLING_UNIT = "handlingUnit";
    static final String ROUTING_NOTE = "routingNote";
    static final String OUTCOME = "outcome";
    static final String OUTCOME_LABEL = "outcomeLabel";
    static final String CONCLUSION = "conclusion";
    static final String FORWARD_REASON = "forwardReason";

    static String caseId(VariableScope scope) {
        return (String) scope.getVariable(CASE_ID);
    }

    private CaseVariables() {
    }
}
