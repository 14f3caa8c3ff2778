package vn.danvan.petition;

/** The Party committee's process {@code petition-committee} (bpmn/petition-committee.bpmn). */
public final class PetitionCommitteeProcess {

    public static final String KEY = "petition-committee";

    static final String TASK_DIRECT = "UserTaskDirectCase";
    /** The committee waits here while its inspection commission examines a denounced Party member. */
    static final String EVENT_AWAIT_INSPECTION = "IntermediateCatchEventInspectionOutcome";
    static final String END_DIRECTION_SENT = "EndEventDirectionSent";

    /** The Party inspection track's outcome wakes the committee's process (bpmn/party-inspection.bpmn). */
    static final String MESSAGE_INSPECTION_OUTCOME = "PartyInspectionOutcome";

    /** Direct form: give a denunciation about a Party member to the inspection commission first. */
    static final String PARTY_INSPECTION = "partyInspection";

    /** A district's referral starts this process. */
    static final String MESSAGE_REFERRED = "PetitionReferredToCommittee";

    static final String COMMITTEE_DIRECTION = "committeeDirection";
    static final String DIRECTION_NUMBER = "directionNumber";
    /** The district unit that referred the case and gets the direction back. */
    static final String DISTRICT_UNIT_CODE = "districtUnitCode";

    private PetitionCommitteeProcess() {
    }
}
