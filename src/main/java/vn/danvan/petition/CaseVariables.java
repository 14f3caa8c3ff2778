package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Process variables that every petition process carries, and those its forms fill in. */
public final class CaseVariables {

    public static final String CASE_ID = "caseId";
    static final String TRACKING_CODE = "trackingCode";
    public static final String SUBJECT = "subject";
    public static final String CONTENT = "content";
    /** The unit whose officers work the process's tasks (their candidate group). */
    public static final String UNIT_CODE = "unitCode";
    public static final String ORIGIN_UNIT_CODE = "originUnitCode";
    public static final String CASE_TYPE = "caseType";
    public static final String SUBJECT_AREA = "subjectArea";
    public static final String COMPLEXITY = "complexity";
    public static final String REMOTE_AREA = "remoteArea";
    public static final String CONCERNS_PARTY_MEMBER = "concernsPartyMember";
    public static final String DISTRICT_DECISION = "districtDecision";
    /** Whom a denunciation is about ({@link DenouncedPerson}): an input of the routing table. */
    static final String DENOUNCED_PERSON = "denouncedPerson";
    /** Outputs of the routing decision (DMN petition-routing). */
    static final String HANDLING_LEVEL = "handlingLevel";
    static final String HANDLING_UNIT = "handlingUnit";
    static final String ROUTING_NOTE = "routingNote";
    public static final String OUTCOME = "outcome";
    static final String OUTCOME_LABEL = "outcomeLabel";
    public static final String CONCLUSION = "conclusion";
    public static final String FORWARD_REASON = "forwardReason";

    static String caseId(VariableScope scope) {
        return (String) scope.getVariable(CASE_ID);
    }

    private CaseVariables() {
    }
}
