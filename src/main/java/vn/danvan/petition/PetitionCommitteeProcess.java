package vn.danvan.petition;

/** The Party committee's process {@code petition-committee} (bpmn/petition-committee.bpmn). */
public final class PetitionCommitteeProcess {

    public static final String KEY = "petition-committee";

    static final String TASK_DIRECT = "UserTaskDirectCase";

    /** A district's referral starts this process. */
    static final String MESSAGE_REFERRED = "PetitionReferredToCommittee";

    static final String COMMITTEE_DIRECTION = "committeeDirection";
    static final String DIRECTION_NUMBER = "directionNumber";
    /** The district unit that referred the case and gets the direction back. */
    static final String DISTRICT_UNIT_CODE = "districtUnitCode";

    private PetitionCommitteeProcess() {
    }
}
