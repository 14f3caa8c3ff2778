package vn.danvan.platform.audit;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only record of who viewed or changed which case (table {@code audit_log}). A change is
 * recorded in the transaction that makes it; a view when it is served.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String userId, String action, String caseId, String detail, String clientIp) {
        jdbc.sql("INSERT INTO audit_log (user_id, action, case_id, detail, client_ip) VALUES (?, ?, ?, ?, ?)")
                .params(userId, action, caseId, truncate(detail), clientIp).update();
    }

    public List<Map<String, Object>> of(String caseId, String userId, int limit) {
        return jdbc.sql("""
                SELECT id, at, user_id, action, case_id, detail, client_ip FROM audit_log
                WHERE (CAST(:caseId AS varchar) IS NULL OR case_id = :caseId)
                  AND (CAST(:userId AS varchar) IS NULL OR user_id = :userId)
                ORDER BY id DESC LIMIT :limit""")
                .param("caseId", caseId).param("userId", userId).param("limit", limit).query().listOfRows();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
    }
}
