package vn.danvan.notification;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Caller;
import vn.danvan.platform.web.InvalidInputException;

/** The messages to citizens for administrators: the dead letters with their reasons, and the others. */
@RestController
class NotificationController {

    private final JdbcClient jdbc;

    NotificationController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/admin/notifications")
    List<Map<String, Object>> list(@RequestParam(defaultValue = "DEAD") String state,
            @RequestParam(required = false) String caseId, Caller user) {
        if (!user.administers()) {
            throw new AccessDeniedException("Only administrators read the messages to citizens");
        }
        if (!List.of("PENDING", "SENT", "DEAD").contains(state)) {
            throw new InvalidInputException("state", "must be PENDING, SENT or DEAD");
        }
        return jdbc.sql("""
                SELECT notification_id, event_id, channel, case_id, change, state, attempts, next_attempt_at, last_error,
                       created_at, sent_at
                FROM notification WHERE state = :state AND (CAST(:caseId AS varchar) IS NULL OR case_id = :caseId)
                ORDER BY created_at DESC LIMIT 500""").param("state", state).param("caseId", caseId).query().listOfRows();
    }
}
