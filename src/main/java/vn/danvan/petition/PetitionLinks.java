package vn.danvan.petition;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.organization.Level;

/**
 * What other modules may do to a petition case: find the open cases of a unit on a theme (a
 * dialogue conference links them to citizens' questions), note in a case's timeline that a
 * conference answered it or that a document was issued, and resolve it when a conference's commitment
 * is fulfilled. The case's
 * own process is not moved: its officers see the note or the result and close the case there.
 */
@Service
public class PetitionLinks {

    /** Timeline steps this class records without a case event ({@link CaseProcesses#STEPS_WITHOUT_CASE_EVENT}). */
    static final String ANSWERED_AT_CONFERENCE = "answered-at-conference";
    static final String ANSWERED_IN_WRITING = "answered-in-writing";
    static final String COMMITMENT_FULFILLED = "commitment-fulfilled";
    static final String DOCUMENT_ISSUED = "document-issued";
    static final String REPAIRED = "repaired";
    static final String TAKEN_AT_RECEPTION = "taken-at-reception";


    static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final PetitionCases cases;
    private final SettledCaseProcesses processes;

    PetitionLinks(JdbcClient jdbc, PetitionCases cases, SettledCaseProcesses processes) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.processes = processes;
    }

    /** A case as a conference's officers see it when they link it. */
    public record LinkableCase(String caseId, String subject, String status, String statusLabel, String originUnitCode,
            String currentUnitCode) {
    }

    /** Open cases received by or held by the unit, whose subject or content contains the text (any, if blank). */
    public List<LinkableCase> openCases(String unitCode, String text) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql("""
                SELECT case_id, subject, status, origin_unit_code, current_unit_code FROM petition_case
                WHERE (origin_unit_code = :unit OR current_unit_code = :unit)
                  AND status NOT IN ('CLOSED', 'DUPLICATE', 'RETURNED')
                  AND (lower(subject) LIKE :text OR lower(content) LIKE :text)
                  -- a second-instance complaint is settled by its decision only (docs/second-instance.md)
                  AND NOT EXISTS (SELECT 1 FROM second_instance s WHERE s.second_case_id = petition_case.case_id)
                ORDER BY received_at DESC LIMIT""" + " " + LIMIT)
                .param("unit", unitCode).param("text", like)
                .query((rs, row) -> {
                    CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
                    return new LinkableCase(rs.getString("case_id"), rs.getString("subject"), status.name(),
                            status.label(), rs.getString("origin_unit_code"), rs.getString("current_unit_code"));
                }).list();
    }

    /** The case if it exists and is still open (a conference links only open cases). */
    public Optional<LinkableCase> openCase(String caseId) {
        return cases.find(caseId).filter(c -> c.status().isOpen())
                .filter(c -> jdbc.sql("SELECT count(*) FROM second_instance WHERE second_case_id = ?").param(caseId)
                        .query(Long.class).single() == 0)
                .map(c -> new LinkableCase(c.caseId(), c.subject(), c.status().name(), c.status().label(),
                        c.originUnitCode(), c.currentUnitCode()));
    }

    /**
     * Notes in the case's timeline that a conference answered it. No {@code vn.danvan.case.*} event:
     * an answer at a conference neither resolves nor moves the case; the timeline entry takes the
     * case's next sequence number, so the case's events skip it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answeredAtConference(String caseId, String conferenceId, String note, String actor) {
        cases.note(caseId, ANSWERED_AT_CONFERENCE,
                "Đã trả lời tại hội nghị đối thoại " + conferenceId + ": " + note, actor);
    }

    /**
     * Notes in the case's timeline that a question about it, left unanswered at a conference, was
     * answered in writing afterwards. Like an answer at the conference, no {@code vn.danvan.case.*}
     * event: it neither resolves nor moves the case (the citizen's message comes from the dialogue's
     * own event).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answeredInWriting(String caseId, String conferenceId, String note, String actor) {
        cases.note(caseId, ANSWERED_IN_WRITING,
                "Trả lời bằng văn bản sau hội nghị đối thoại " + conferenceId + ": " + note, actor);
    }

    /**
     * Notes in the case's timeline that an official document was issued for it. The entry takes the
     * case's next sequence number, which the document's own {@code vn.danvan.document.issued} event
     * carries, so the case's events and its documents' events share one order.
     *
     * @return the entry's sequence number
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int documentIssued(String caseId, String note, String actor) {
        return cases.note(caseId, DOCUMENT_ISSUED, note, actor);
    }

    /**
     * Notes in the case's timeline that the petition was taken at a leader's citizen-reception day,
     * naming the day (the reception record names the case: the link both ways). No case event: the
     * case's {@code received} event already went out, with {@code sourceEventId} naming the day.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void takenAtReception(String caseId, String receptionDayId, String note, String actor) {
        cases.note(caseId, TAKEN_AT_RECEPTION, "Tiếp nhận tại buổi tiếp công dân định kỳ "
                + receptionDayId + ": " + note, actor);
    }

    /**
     * Notes in the case's timeline an administrator's repair of its records (docs/reliability.md).
     * No case event: the repair restores what the events already said.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void repaired(String caseId, String note, String actor) {
        cases.note(caseId, REPAIRED, note, actor);
    }

    int timelineNote(PetitionCase c, String action, String note, String actor) {
        return cases.note(c.caseId(), action, note, actor);
    }

    /**
     * A conference's commitment that settles the case was fulfilled: the case is resolved (outcome
     * ANSWERED) with the commitment as its conclusion, back with its commune, and
     * {@code vn.danvan.case.resolved} goes out; its processes follow: the commune's goes to informing
     * the citizen, any above it end. A case already resolved or closed only gets the note.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void resolvedByCommitment(String caseId, String conferenceId, String commitmentId, String content,
            String actor) {
        PetitionCase c = cases.get(caseId);
        String note = "Cam kết " + commitmentId + " tại hội nghị đối thoại " + conferenceId + " đã được thực hiện: "
                + content;
        if (!c.status().isOpen() || c.status() == CaseStatus.RESOLVED) {
            cases.note(caseId, COMMITMENT_FULFILLED, note, actor);
            return;
        }
        cases.change(caseId, EventType.CASE_RESOLVED, actor, CaseChange.to(CaseStatus.RESOLVED)
                .handedTo(Level.COMMUNE, c.originUnitCode()).outcome(Outcome.ANSWERED.name()).set(CaseColumns.CONCLUSION, note)
                .note(note));
        processes.moveToInformCitizen(caseId, Outcome.ANSWERED.name(), note, "resolved by commitment " + commitmentId);
    }
}
