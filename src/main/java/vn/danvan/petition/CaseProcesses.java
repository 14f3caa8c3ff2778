package vn.danvan.petition;

import java.util.List;
import java.util.Set;
import vn.danvan.organization.Level;

/**
 * How a case and its processes must agree: the petition module's statement of it, which the
 * consistency checker reads and the repairs follow. A case works in the process of its current level;
 * the processes of the levels below wait for its result at their catch events.
 */
public final class CaseProcesses {

    /** Every process that works on cases. */
    public static final List<String> KEYS = List.of(PetitionCommuneProcess.KEY, PetitionDistrictProcess.KEY,
            PetitionCommitteeProcess.KEY, SecondInstanceProcess.KEY);

    /** The steps that settle a case: a resolved case waits at none of them. */
    public static final Set<String> RESOLVING_STEPS = Set.of(PetitionCommuneProcess.TASK_CLASSIFY,
            PetitionCommuneProcess.TASK_DECIDE_HANDLING, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY,
            PetitionDistrictProcess.TASK_ACCEPT, PetitionDistrictProcess.TASK_RESOLVE, PetitionCommitteeProcess.TASK_DIRECT,
            SecondInstanceProcess.TASK_ACCEPT, SecondInstanceProcess.TASK_DIALOGUE, SecondInstanceProcess.TASK_RESOLVE);

    /**
     * The table that marks a second-instance case (docs/second-instance.md): such a case works in
     * {@link SecondInstanceProcess#KEY} whatever its level, never in a level's process.
     */
    public static final String SECOND_INSTANCE_TABLE = "second_instance";
    public static final String SECOND_INSTANCE_CASE_COLUMN = "second_case_id";

    /**
     * Timeline steps that take the case's next sequence number without a {@code vn.danvan.case.*}
     * event (docs/events.md): a conference's answer (on the spot or in writing) and a commitment's note change nothing a
     * consumer of the case topic keeps; a document's number is carried by its own
     * {@code vn.danvan.document.issued} event; an administrator's repair restores what the events
     * already said; a citizen's request about their personal data stays between the citizen and the
     * handling unit, off the topic every consumer reads. The case's events skip these numbers, by
     * contract.
     */
    public static final Set<String> STEPS_WITHOUT_CASE_EVENT = Set.of(PetitionLinks.ANSWERED_AT_CONFERENCE,
            PetitionLinks.ANSWERED_IN_WRITING,
            PetitionLinks.COMMITMENT_FULFILLED, PetitionLinks.DOCUMENT_ISSUED, PetitionLinks.REPAIRED,
            PetitionLinks.TAKEN_AT_RECEPTION,
            DataSubjectRequests.DATA_REQUEST, DataSubjectRequests.DATA_REQUEST_ANSWERED);

    private CaseProcesses() {
    }

    /**
     * Whether a case in this status works in a process: an open one does, and so does a returned one,
     * whose {@code returned} event starts the right commune's process for the same case.
     */
    public static boolean worksInAProcess(CaseStatus status) {
        return status.isOpen() || status == CaseStatus.RETURNED;
    }

    /** The process that works on an open case at a level: a second-instance case's own, or the level's. */
    public static String working(Level level, boolean secondInstance) {
        return secondInstance ? SecondInstanceProcess.KEY : atLevel(level);
    }

    /** The process that works on a case at a level. */
    public static String atLevel(Level level) {
        return switch (level) {
            case COMMUNE -> PetitionCommuneProcess.KEY;
            case DISTRICT -> PetitionDistrictProcess.KEY;
            case COMMITTEE -> PetitionCommitteeProcess.KEY;
        };
    }
}
