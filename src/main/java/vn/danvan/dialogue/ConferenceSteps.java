package vn.danvan.dialogue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.organization.Unit;
import vn.danvan.platform.engine.StepRejectedException;

/** What each step of {@code dialogue-conference} does to the conference, in the engine's transaction. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class ConferenceSteps {

    private final Conferences conferences;
    private final Questions questions;
    private final Commitments commitments;
    private final CommitmentTracking tracking;
    private final WrittenAnswers writtenAnswers;

    ConferenceSteps(Conferences conferences, Questions questions, Commitments commitments, CommitmentTracking tracking,
            WrittenAnswers writtenAnswers) {
        this.conferences = conferences;
        this.questions = questions;
        this.commitments = commitments;
        this.tracking = tracking;
        this.writtenAnswers = writtenAnswers;
    }

    /**
     * Which unit answers in writing each question the conference leaves unanswered: the one chosen
     * for its number, otherwise {@code others}.
     */
    record AnsweringUnits(Unit others, Map<Integer, Unit> byNumber) {
    }

    /** The plan is approved: the unit's unfinished commitments go on its agenda, and it is announced as planned. */
    void approve(String conferenceId, String note, String actor) {
        Conference c = conferences.get(conferenceId);
        for (Commitment carried : commitments.unfinishedOf(c.unitCode(), conferenceId)) {
            commitments.rolledOver(carried.commitmentId(), conferenceId);
            conferences.change(carried.conferenceId(), null, "commitment-rolled-over", actor, ConferenceChange.keep()
                    .commitment(carried).note("Chuyển sang chương trình hội nghị " + conferenceId));
            conferences.change(conferenceId, null, "commitment-carried", actor, ConferenceChange.keep()
                    .commitment(carried).note("Cam kết chưa hoàn thành của hội nghị " + carried.conferenceId()
                            + ": " + carried.content()));
        }
        conferences.change(conferenceId, EventType.DIALOGUE_PLANNED, "planned", actor,
                ConferenceChange.to(ConferenceStatus.PLANNED).set(ConferenceColumns.APPROVAL_NOTE, note)
                        .note("Kế hoạch được duyệt" + (note == null ? "" : ": " + note)));
    }

    void reject(String conferenceId, String note, String actor) {
        conferences.change(conferenceId, null, "rejected", actor, ConferenceChange.to(ConferenceStatus.REJECTED)
                .set(ConferenceColumns.APPROVAL_NOTE, note).note("Kế hoạch không được duyệt" + (note == null ? "" : ": " + note)));
    }

    void announce(String conferenceId, String actor) {
        Conference c = conferences.get(conferenceId);
        conferences.change(conferenceId, null, "announced", actor, ConferenceChange.to(ConferenceStatus.COLLECTING)
                .note("Công bố chủ đề: " + c.themes() + "; tiếp nhận câu hỏi đến hết " + Dates.shown(c.questionDeadline())));
    }

    /** @return whether any question came in */
    boolean closeCollection(String conferenceId, boolean byDeadline, String actor) {
        int count = questions.idsOf(conferenceId).size();
        conferences.change(conferenceId, null, "collection-closed", actor, ConferenceChange.to(ConferenceStatus.PREPARING)
                .note((byDeadline ? "Hết hạn tiếp nhận câu hỏi" : "Kết thúc tiếp nhận câu hỏi") + ": " + count + " câu hỏi"));
        return count > 0;
    }

    /**
     * The conference took place. Each question it did not answer goes to its answering unit, to be
     * answered in writing by the rule table's deadline (its own {@code dialogue-written-answer}).
     */
    void held(String conferenceId, Instant heldAt, int attendance, String minutes, Set<Integer> answered, boolean all,
            AnsweringUnits answering, String actor) {
        Conference c = conferences.get(conferenceId);
        questions.answeredAt(c, answered, all, actor);
        var pending = questions.of(conferenceId).stream().filter(q -> "ANSWER_PENDING".equals(q.state())).toList();
        Set<Integer> pendingNumbers = pending.stream().map(Question::number).collect(Collectors.toSet());
        for (Integer number : answering.byNumber().keySet()) {
            if (!pendingNumbers.contains(number)) {
                // a unit chosen for a question answered on the spot (or one that does not exist) is a typo
                throw new StepRejectedException("Câu hỏi số " + number + " không chờ trả lời bằng văn bản; các câu chờ"
                        + " trả lời: " + pendingNumbers.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
            }
        }
        conferences.change(conferenceId, EventType.DIALOGUE_HELD, "held", actor, ConferenceChange.to(ConferenceStatus.HELD)
                .set(ConferenceColumns.HELD_AT, heldAt).set(ConferenceColumns.ATTENDANCE, attendance)
                .set(ConferenceColumns.MINUTES, minutes)
                .note("Hội nghị đã tổ chức, " + attendance + " người dự"));
        Conference held = conferences.get(conferenceId);
        for (Question q : pending) {
            writtenAnswers.request(held, q, answering.byNumber().getOrDefault(q.number(), answering.others()), actor);
        }
    }

    /** The conclusion notice: every drafted commitment is made and tracked; with none, the conference is done. */
    void conclude(String conferenceId, String conclusion, String noticeNumber, String actor) {
        // an event of its own: the conclusion notice is an official document (docs/documents.md)
        conferences.change(conferenceId, EventType.DIALOGUE_CONCLUDED, "concluded", actor,
                ConferenceChange.to(ConferenceStatus.CONCLUDED)
                .set(ConferenceColumns.CONCLUSION, conclusion).set(ConferenceColumns.NOTICE_NUMBER, noticeNumber)
                .note("Thông báo kết luận " + (noticeNumber == null ? "" : noticeNumber)));
        for (Commitment commitment : commitments.inState(conferenceId, "DRAFT")) {
            tracking.make(commitment, actor);
        }
        tracking.closeIfDone(conferenceId, actor);
    }
}
