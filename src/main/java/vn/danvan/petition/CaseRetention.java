package vn.danvan.petition;

import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.platform.audit.AuditTrail;
import vn.danvan.platform.engine.StepSupport;

/**
 * Removes a closed case's personal data once its retention period ends (Decree 13/2023/ND-CP: data
 * is kept no longer than its purpose needs). The period per case type is data, table
 * {@code retention_rule} (row {@code '*'} for every other type; defaults and basis in
 * docs/personal-data.md). The name, phone, address, e-mail, the name's hash and the attachments go;
 * everything the statistics count stays (status, type, area, unit, dates, outcome, timeline, the
 * dashboard's read model). One audit line per case says what went and why.
 *
 * <p>Nightly ({@code danvan.privacy.retention-cron}, {@code -} for never), in batches of short
 * transactions; with several nodes one runs at a time (a PostgreSQL advisory lock per batch, and
 * the rows locked while they change).
 */
@Component
public class CaseRetention {

    static final String ACTION = "CASE_ANONYMISED";
    private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);
    private static final long LOCK = 0x64616e76616e04L;
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    CaseRetention(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
    }

    @Scheduled(cron = "${danvan.privacy.retention-cron:0 15 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void nightly() {
        try {
            int done = anonymiseExpired();
            if (done > 0) {
                log.info("Retention: anonymised {} closed case(s) past their retention period", done);
            }
        } catch (RuntimeException e) {
            log.warn("Retention job stopped, the next night carries on: {}", e.getMessage());
        }
    }

    /** Anonymises every closed case past its retention period; answers how many. */
    public int anonymiseExpired() {
        int total = 0;
        for (Integer done; (done = transactions.execute(status -> batch())) != null && done > 0; ) {
            total += done;
        }
        return total;
    }

    private int batch() {
        if (!Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single())) {
            return 0; // another node is at it
        }
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        record Expired(String caseId, String caseType, int years) {
        }
        List<Expired> expired = jdbc.sql("""
                SELECT c.case_id, r.case_type, r.years FROM petition_case c
                JOIN retention_rule r ON r.case_type = coalesce(
                    (SELECT own.case_type FROM retention_rule own WHERE own.case_type = c.case_type), '*')
                WHERE c.anonymised_at IS NULL AND c.status IN ('CLOSED', 'DUPLICATE', 'RETURNED')
                  AND coalesce(c.closed_at, c.updated_at) < CAST(:now AS timestamptz) - make_interval(years => r.years)
                ORDER BY c.case_id LIMIT :batch FOR UPDATE OF c SKIP LOCKED""")
                .param("now", now).param("batch", BATCH)
                .query((rs, row) -> new Expired(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
        for (Expired c : expired) {
            anonymise(c.caseId(), now, "retention of " + c.years() + " years after closing ended (rule "
                    + c.caseType() + ")");
        }
        return expired.size();
    }

    private void anonymise(String caseId, Timestamp now, String why) {
        jdbc.sql("""
                UPDATE petition_case SET petitioner_name = NULL, petitioner_phone = NULL, petitioner_address = NULL,
                    petitioner_email = NULL, petitioner_name_hash = NULL, contact_consent = false, anonymised_at = ?
                WHERE case_id = ?""").params(now, caseId).update();
        int files = jdbc.sql("DELETE FROM case_attachment WHERE case_id = ?").param(caseId).update();
        // a second instance's dialogue minutes name who took part (docs/second-instance.md)
        jdbc.sql("UPDATE second_instance SET dialogue_participants = NULL WHERE second_case_id = ?").param(caseId).update();
        // copies elsewhere (the documents' rendering data) go in this transaction too
        events.publishEvent(new CaseAnonymised(caseId));
        audit.record(StepSupport.SYSTEM, ACTION, caseId, why + "; removed name, phone, address, e-mail, name hash and "
                + files + " attachment(s)", null);
    }
}
