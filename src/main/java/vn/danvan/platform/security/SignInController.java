package vn.danvan.platform.security;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators: which accounts and addresses the sign-in rule holds back now, and lifting a
 * lock or block before it expires (Camunda Admin's "Unlock user" lifts an account's lock too).
 */
@RestController
class SignInController {

    private final SignInGuard guard;

    SignInController(SignInGuard guard) {
        this.guard = guard;
    }

    @GetMapping("/api/admin/sign-in")
    SignInGuard.Overview overview(Authentication caller) {
        requireAdministrator(caller, "The sign-in overview");
        return guard.overview();
    }

    @PostMapping("/api/admin/sign-in/accounts/{userId}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String userId, Authentication caller) {
        requireAdministrator(caller, "Unlocking an account");
        guard.unlock(userId, caller.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/sign-in/addresses/{address}/unblock")
    ResponseEntity<Void> unblock(@PathVariable String address, Authentication caller) {
        requireAdministrator(caller, "Unblocking an address");
        guard.unblock(address, caller.getName());
        return ResponseEntity.noContent().build();
    }

    private static void requireAdministrator(Authentication caller, String what) {
        if (!GroupAuthorities.isAdministrator(caller)) {
            throw new org.springframework.security.access.AccessDeniedException(what + " is for administrators");
        }
    }
}
