package vn.danvan.petition;

import java.sql.Timestamp;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.record.RecordLedger;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.web.UnacceptableInputException;

/**
 * What a citizen says back with their tracking code: a rating of the closed case (once), and that
 * they disagree with the result (once; for a complaint it opens the second instance). Each is a step
 * of the case with its event, so the dashboard's satisfaction figures come from the events too.
 */
@Service
public class CitizenFeedback {

    /** The actor of steps a citizen takes through the portal. */
    public static final String CITIZEN = "citizen";
    private static final Set<String> WITHOUT_RESULT = Set.of(Outcome.DUPLICATE.name(), Outcome.RETURNED.name());

    private final PetitionCases cases;
    private final JdbcClient jdbc;
    private final SecondInstances secondInstances;

    CitizenFeedback(PetitionCases cases, JdbcClient jdbc, SecondInstances secondInstances) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.secondInstances = secondInstances;
    }

    /** What a complainant's request for a second instance made, as their status page shows it. */
    public record SecondInstanceRequested(String trackingCode, String secondTrackingCode, String referredTo,
            java.time.Instant windowEndsAt) {
    }

    /**
     * The complainant asks for a second instance from their status page (docs/second-instance.md):
     * they disagree with the decision, or none came in time. Refused with the reason when it does not apply.
     */
    @Transactional
    public SecondInstanceRequested requestSecondInstance(String trackingCode, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "cần nêu lý do khiếu nại lần hai");
        }
        PetitionCase c = open(trackingCode);
        SecondInstances.Request request = secondInstances.request(c.caseId(), reason, CITIZEN,
                SecondInstances.Door.PORTAL);
        return new SecondInstanceRequested(c.trackingCode(), request.secondTrackingCode(), request.referredTo(),
                request.windowEndsAt());
    }

    static boolean mayRate(PetitionCase c) {
        return c.status() == CaseStatus.CLOSED && c.rating() == null;
    }

    /** A result was given (resolved, or refused with a reason) and the citizen has not objected yet. */
    static boolean mayDisagree(PetitionCase c) {
        return (c.status() == CaseStatus.RESOLVED || c.status() == CaseStatus.CLOSED || c.status() == CaseStatus.REFUSED)
                && c.outcome() != null && !WITHOUT_RESULT.contains(c.outcome()) && c.disputedAt() == null;
    }

    @Transactional
    public void rate(String trackingCode, Integer stars, String comment) {
        if (stars == null || stars < 1 || stars > 5) {
            throw new InvalidInputException("stars", "phải từ 1 đến 5 sao");
        }
        if (comment != null && comment.length() > 2000) {
            throw new InvalidInputException("comment", "dài quá 2000 ký tự");
        }
        PetitionCase c = open(trackingCode);
        if (c.status() != CaseStatus.CLOSED) {
            throw conflict("stars", "Hồ sơ chưa đóng: chỉ đánh giá được sau khi có kết quả và hồ sơ đã đóng.");
        }
        int stored = jdbc.sql("""
                INSERT INTO case_rating (case_id, stars, comment, rated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(c.caseId(), stars, comment == null || comment.isBlank() ? null : comment.strip(),
                        new Timestamp(ClockUtil.getCurrentTime().getTime())).update();
        if (stored == 0) {
            throw conflict("stars", "Hồ sơ này đã được đánh giá: mỗi hồ sơ chỉ đánh giá một lần.");
        }
        cases.change(c.caseId(), EventType.CASE_RATED, CITIZEN, CaseChange.keep().set(CaseColumns.RATING, stars)
                .note("Công dân đánh giá " + stars + "/5"));
    }

    @Transactional
    public void disagree(String trackingCode, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "cần nêu lý do không đồng ý");
        }
        if (reason.length() > 4000) {
            throw new InvalidInputException("reason", "dài quá 4000 ký tự");
        }
        PetitionCase c = open(trackingCode);
        if (!mayDisagree(c)) {
            throw conflict("reason", c.disputedAt() != null ? "Ý kiến không đồng ý đã được ghi nhận trước đó."
                    : "Hồ sơ chưa có kết quả giải quyết để phản hồi.");
        }
        cases.change(c.caseId(), EventType.CASE_DISPUTED, CITIZEN, CaseChange.keep()
                .set(CaseColumns.DISPUTED_AT, RecordLedger.now())
                .note("Công dân không đồng ý với kết quả: " + reason.strip()));
    }

    /** The case of a tracking code, locked for the change. */
    private PetitionCase open(String trackingCode) {
        String code = trackingCode == null ? "" : trackingCode.toUpperCase(java.util.Locale.ROOT);
        String caseId = jdbc.sql("SELECT case_id FROM petition_case WHERE tracking_code = ? FOR UPDATE").param(code)
                .query(String.class).optional().orElseThrow(() -> new CaseNotFoundException(trackingCode));
        return cases.get(caseId);
    }

    private static UnacceptableInputException conflict(String field, String reason) {
        return new UnacceptableInputException(HttpStatus.CONFLICT, field, reason);
    }
}
