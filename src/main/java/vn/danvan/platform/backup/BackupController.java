package vn.danvan.platform.backup;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.platform.security.GroupAuthorities;

/**
 * Backups on demand, while the application runs: {@code curl -u admin -X POST .../api/admin/backups}
 * (docs/reliability.md). Restoring is done with the application stopped: {@code java -jar danvan.jar restore}.
 */
@RestController
class BackupController {

    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    @PostMapping("/api/admin/backups")
    ResponseEntity<BackupFile> take(Authentication caller) {
        requireAdministrator(caller, "Backups");
        return ResponseEntity.status(HttpStatus.CREATED).body(backups.takeNow(caller.getName()));
    }

    @GetMapping("/api/admin/backups")
    List<BackupFile> list(Authentication caller) {
        requireAdministrator(caller, "Backups");
        return backups.list();
    }

    @ExceptionHandler(BackupUnavailableException.class)
    ProblemDetail unavailable(BackupUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("No backup made");
        return problem;
    }

    private static void requireAdministrator(Authentication caller, String what) {
        if (!GroupAuthorities.isAdministrator(caller)) {
            throw new org.springframework.security.access.AccessDeniedException(what + " is for administrators");
        }
    }
}
