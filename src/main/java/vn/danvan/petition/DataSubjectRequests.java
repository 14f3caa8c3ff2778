package vn.danvan.petition;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.platform.audit.AuditTrail;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.web.UnacceptableInputException;

/**
 * A citizen's request to see or correct the personal data a case holds about them (Decree
 * 13/2023/ND-CP art. 9: the data subject's rights to access and to correct). Filed on the portal
 * with the tracking code, it becomes a task of process {@code data-subject-request} for the unit
 * that handles the case now, due {@link #ANSWER_WITHIN} later; the officer's answer (and, for a
 * correction, the corrected fields) goes back into the case, and both steps into its timeline.
 *
 * <p>Why a process of its own rather than a task in the case's processes: a request can come at any
 * time, also when the case is closed or waits at another level, and would otherwise need a
 * boundary event on every wait state of three processes. The process carries no personal data: the
 * request's text is stored encrypted here, and the officer reads it with the petitioner's data in
 * the task view's tab "Hồ sơ, văn bản" (an audited view).
 */
@Service
public class DataSubjectRequests {

    /** Timeline steps of a request ({@link CaseProcesses#STEPS_WITHOUT_CASE_EVENT}). */
    static final String DATA_REQUEST = "data-request";
    static final String DATA_REQUEST_ANSWERED = "data-request-answered";

    /**
     * Decree 13/2023/ND-CP art. 14(4) and 16: the controller answers within 72 hours of the request
     * (CHECK with legal against the Personal Data Protection Law 2025 and its implementing decree).
     */
    static final Duration ANSWER_WITHIN = Duration.ofHours(72);
    static final String DETAILS = "data_subject_request.details";
    static final String ANSWER = "data_subject_request.answer";

    public enum Kind {
        ACCESS("xem dữ liệu cá nhân"), CORRECTION("chỉnh sửa dữ liệu cá nhân");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    enum Outcome {
        PROVIDED("Đã cung cấp dữ liệu cá nhân cho công dân"), CORRECTED("Đã chỉnh sửa dữ liệu cá nhân theo yêu cầu"),
        REFUSED("Từ chối yêu cầu");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** What the officer sees of a request (in the case view, when they may know the petitioner). */
    public record Request(UUID requestId, String kind, String details, Instant receivedAt, Instant dueAt, String state,
            String outcome, String answer) {
    }

    private final JdbcClient jdbc;
    private final PetitionCases cases;
    private final PetitionLinks timeline;
    private final PetitionerFields fields;
    private final RuntimeService runtime;
    private final AuditTrail audit;

    DataSubjectRequests(JdbcClient jdbc, PetitionCases cases, PetitionLinks timeline, PetitionerFields fields,
            RuntimeService runtime, AuditTrail audit) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.timeline = timeline;
        this.fields = fields;
        this.runtime = runtime;
        this.audit = audit;
    }

    /** Files a request; answers its id and due time. */
    @Transactional
    public Request file(String trackingCode, String kind, String details) {
        Kind k;
        try {
            k = Kind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "chọn xem (ACCESS) hoặc chỉnh sửa (CORRECTION) dữ liệu");
        }
        String text = details == null || details.isBlank() ? null : details.strip();
        if (k == Kind.CORRECTION && text == null) {
            throw new InvalidInputException("details", "cần nêu thông tin nào sai và sửa thành gì");
        }
        if (text != null && text.length() > 2000) {
            throw new InvalidInputException("details", "dài quá 2000 ký tự");
        }
        String code = trackingCode == null ? "" : trackingCode.toUpperCase(java.util.Locale.ROOT);
        String caseId = jdbc.sql("SELECT case_id FROM petition_case WHERE tracking_code = ? FOR UPDATE").param(code)
                .query(String.class).optional().orElseThrow(() -> new CaseNotFoundException(trackingCode));
        PetitionCase c = cases.get(caseId);
        if (PetitionerFields.ANONYMISED.equals(c.petitionerName())) {
            throw new UnacceptableInputException(HttpStatus.CONFLICT, "kind",
                    "Dữ liệu cá nhân của hồ sơ này đã được xóa khi hết thời hạn lưu trữ.");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant due = now.plus(ANSWER_WITHIN);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO data_subject_request (request_id, case_id, kind, details, received_at, due_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, k.name(), fields.seal(DETAILS, text), Timestamp.from(now), Timestamp.from(due)).update();
        timeline.timelineNote(c, DATA_REQUEST, "Công dân yêu cầu " + k.label(), CitizenFeedback.CITIZEN);
        audit.record(CitizenFeedback.CITIZEN, "DATA_REQUEST_FILED", caseId, k.name(), null);
        runtime.createProcessInstanceByKey(DataSubjectRequestProcess.KEY).businessKey(caseId).setVariables(Map.of(
                DataSubjectRequestProcess.REQUEST_ID, id.toString(), CaseVariables.CASE_ID, caseId,
                CaseVariables.TRACKING_CODE, c.trackingCode(),
                CaseVariables.UNIT_CODE, c.currentUnitCode(), DataSubjectRequestProcess.REQUEST_KIND, k.name(),
                DataSubjectRequestProcess.REQUEST_KIND_LABEL, k.label(),
                DataSubjectRequestProcess.DUE_AT, Date.from(due))).execute();
        return new Request(id, k.name(), null, now, due, "OPEN", null, null);
    }

    /** The officer's answer, from the task's completion; the corrected fields replace the case's. */
    @Transactional(propagation = Propagation.MANDATORY)
    void answer(UUID requestId, String outcome, String answer, Map<String, String> corrected, String officer) {
        Outcome o = Outcome.valueOf(outcome);
        String caseId = jdbc.sql("SELECT case_id FROM data_subject_request WHERE request_id = ? AND state = 'OPEN' FOR UPDATE")
                .param(requestId).query(String.class).single();
        List<String> changed = new java.util.ArrayList<>();
        if (o == Outcome.CORRECTED) {
            for (var field : List.of(Map.entry("petitioner_name", PetitionerFields.NAME),
                    Map.entry("petitioner_phone", PetitionerFields.PHONE),
                    Map.entry("petitioner_address", PetitionerFields.ADDRESS),
                    Map.entry("petitioner_email", PetitionerFields.EMAIL))) {
                String value = corrected.get(field.getKey());
                if (value != null && !value.isBlank()) {
                    jdbc.sql("UPDATE petition_case SET " + field.getKey() + " = ? WHERE case_id = ?")
                            .params(fields.seal(field.getValue(), value.strip()), caseId).update();
                    changed.add(LABELS.get(field.getKey()));
                    if (field.getKey().equals("petitioner_name")) {
                        jdbc.sql("UPDATE petition_case SET petitioner_name_hash = ? WHERE case_id = ?")
                                .params(fields.nameHash(value), caseId).update();
                    }
                }
            }
        }
        jdbc.sql("""
                UPDATE data_subject_request SET state = 'ANSWERED', outcome = ?, answer = ?, answered_by = ?, answered_at = ?
                WHERE request_id = ?""")
                .params(o.name(), fields.seal(ANSWER, answer == null || answer.isBlank() ? null : answer.strip()), officer,
                        new Timestamp(ClockUtil.getCurrentTime().getTime()), requestId).update();
        // the timeline names what changed, never the values
        timeline.timelineNote(cases.get(caseId), DATA_REQUEST_ANSWERED, o.label
                + (changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")"), officer);
        audit.record(officer, "DATA_REQUEST_ANSWERED", caseId, o.name() + (changed.isEmpty() ? "" : " " + changed), null);
    }

    /** A case's requests, with their text; for those who may know the petitioner only. */
    public List<Request> of(String caseId) {
        return jdbc.sql("""
                SELECT request_id, kind, details, received_at, due_at, state, outcome, answer FROM data_subject_request
                WHERE case_id = ? ORDER BY received_at""").param(caseId)
                .query((rs, n) -> new Request(rs.getObject(1, UUID.class), rs.getString(2),
                        fields.open(DETAILS, rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                        rs.getString(6), rs.getString(7),
                        fields.open(ANSWER, rs.getString(8))))
                .list();
    }

    private static final Map<String, String> LABELS = Map.of("petitioner_name", "họ tên", "petitioner_phone",
            "số điện thoại", "petitioner_address", "địa chỉ", "petitioner_email", "thư điện tử");
}
