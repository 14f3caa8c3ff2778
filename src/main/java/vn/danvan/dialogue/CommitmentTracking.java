package vn.danvan.dialogue;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.PetitionLinks;
import vn.danvan.platform.engine.StepSupport;

/**
 * A commitment's life after the conclusion notice: its own {@code dialogue-commitment} process, the
 * confirmation by the Front beside the conference's unit (a commune's own Front committee), the petition case it settles, and the end of the conference once every
 * commitment is settled.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class CommitmentTracking {

    private final Conferences conferences;
    private final Commitments commitments;
    private final PetitionLinks petitions;
    private final RuntimeService runtimeService;
    private final UnitDirectory units;
    private final Questions questions;

    CommitmentTracking(Conferences conferences, Commitments commitments, PetitionLinks petitions,
            RuntimeService runtimeService, UnitDirectory units, Questions questions) {
        this.questions = questions;
        this.conferences = conferences;
        this.commitments = commitments;
        this.petitions = petitions;
        this.runtimeService = runtimeService;
        this.units = units;
    }

    void make(Commitment c, String actor) {
        Conference conference = conferences.get(c.conferenceId());
        String instanceId = runtimeService.createProcessInstanceByKey(DialogueCommitmentProcess.KEY)
                .businessKey(c.commitmentId())
                .setVariables(Map.of(DialogueCommitmentProcess.COMMITMENT_ID, c.commitmentId(),
                        DialogueCommitmentProcess.CONFERENCE_ID, c.conferenceId(),
                        DialogueCommitmentProcess.UNIT_CODE, conference.unitCode(),
                        DialogueCommitmentProcess.FRONT_UNIT_CODE, units.frontOf(conference.unitCode()).code(),
                        DialogueCommitmentProcess.OWNER_UNIT_CODE, c.ownerUnitCode(),
                        DialogueCommitmentProcess.CONTENT, c.content(),
                        DialogueCommitmentProcess.DUE_AT_TEXT, Dates.shown(c.dueAt()),
                        "dueAt", Date.from(c.dueAt())))
                .execute().getId();
        commitments.tracked(c.commitmentId(), instanceId);
        conferences.change(c.conferenceId(), EventType.DIALOGUE_COMMITMENT_MADE, "commitment-made", actor,
                ConferenceChange.keep().commitment(commitments.get(c.commitmentId()))
                        .note("Cam kết " + c.number() + " (" + c.ownerUnitCode() + ", hạn " + Dates.shown(c.dueAt())
                                + "): " + c.content()));
    }

    void fulfilled(String commitmentId, String note, String actor) {
        Commitment c = commitments.get(commitmentId);
        commitments.settle(commitmentId, "FULFILLED", note, true);
        for (String caseId : c.caseIds()) {
            petitions.resolvedByCommitment(caseId, c.conferenceId(), commitmentId, c.content(), actor);
        }
        conferences.change(c.conferenceId(), EventType.DIALOGUE_COMMITMENT_FULFILLED, "commitment-fulfilled", actor,
                ConferenceChange.keep().commitment(commitments.get(commitmentId))
                        .note("Cam kết " + c.number() + " đã thực hiện" + (note == null ? "" : ": " + note)));
        closeIfDone(c.conferenceId(), actor);
    }

    /** Not done: the reason is recorded, and the commitment waits for the unit's next conference. */
    void unfulfilled(String commitmentId, String reason, String actor) {
        Commitment c = commitments.get(commitmentId);
        commitments.settle(commitmentId, "UNFULFILLED", reason, true);
        conferences.change(c.conferenceId(), EventType.DIALOGUE_COMMITMENT_UNFULFILLED, "commitment-unfulfilled", actor,
                ConferenceChange.keep().commitment(commitments.get(commitmentId))
                        .note("Cam kết " + c.number() + " chưa thực hiện: " + reason));
        closeIfDone(c.conferenceId(), actor);
    }

    void reminded(String commitmentId) {
        Commitment c = commitments.get(commitmentId);
        conferences.change(c.conferenceId(), EventType.DIALOGUE_COMMITMENT_REMINDED, "commitment-reminded",
                StepSupport.SYSTEM, ConferenceChange.keep().commitment(c)
                        .note("Sắp đến hạn cam kết " + c.number() + ": " + Dates.shown(c.dueAt())));
    }

    void late(String commitmentId, Lateness lateness, String followedUpBy) {
        commitments.late(commitmentId, lateness);
        Commitment c = commitments.get(commitmentId);
        conferences.change(c.conferenceId(), EventType.DIALOGUE_COMMITMENT_OVERDUE, "commitment-overdue",
                StepSupport.SYSTEM,
                ConferenceChange.keep().commitment(c).note("Cam kết " + c.number() + " quá hạn (" + Dates.shown(c.dueAt())
                        + "); đôn đốc: " + followedUpBy));
    }

    /** Once no commitment and no written answer is waiting, the conference is done. */
    void closeIfDone(String conferenceId, String actor) {
        if (conferences.get(conferenceId).status() == ConferenceStatus.CONCLUDED
                && commitments.inState(conferenceId, "OPEN").isEmpty()
                && commitments.inState(conferenceId, "DRAFT").isEmpty()
                && questions.openWrittenAnswers(conferenceId) == 0) {
            conferences.change(conferenceId, EventType.DIALOGUE_CLOSED, "closed", actor,
                    ConferenceChange.to(ConferenceStatus.CLOSED).note("Mọi cam kết đã được xác nhận, mọi câu hỏi đã được trả lời"));
        }
    }
}
