package vn.danvan.platform.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Who may use the administrators' endpoints under {@code /api/admin}: members of Camunda's {@code camunda-admin}. */
public final class Administrators {

    public static final String GROUP = "camunda-admin";

    private Administrators() {
    }

    public static boolean is(Authentication caller) {
        return caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> (CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + GROUP).equals(a.getAuthority()));
    }

    /** @throws AccessDeniedException (403) for anyone else */
    public static void require(Authentication caller, String what) {
        if (!is(caller)) {
            throw new AccessDeniedException(what + " is for administrators");
        }
    }
}
