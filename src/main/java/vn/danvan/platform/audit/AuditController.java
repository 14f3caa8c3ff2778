package vn.danvan.platform.audit;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.security.GroupAuthorities;

/** The audit trail for administrators: by case, by user, newest first. */
@RestController
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    static final int MAX_LIMIT = 2000;

    @GetMapping("/api/audit")
    List<Map<String, Object>> read(@RequestParam(required = false) String caseId,
            @RequestParam(required = false) String userId, @RequestParam(defaultValue = "200") int limit,
            Authentication user) {
        if (!GroupAuthorities.isAdministrator(user)) {
            throw new AccessDeniedException("The audit trail is for administrators");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be 1 to " + MAX_LIMIT + "; narrow the query with caseId or userId");
        }
        audit.record(user.getName(), "AUDIT_READ", caseId, userId == null ? null : "user " + userId, null);
        return audit.of(caseId, userId, limit);
    }
}
