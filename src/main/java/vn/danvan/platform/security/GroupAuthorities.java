package vn.danvan.platform.security;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * How a signed-in user's Camunda groups travel as Spring Security authorities ({@code GROUP_<id>}),
 * whichever door they came through (HTTP Basic, the sign-in page, a Tasklist session). Modules read
 * them through the organisation's {@code Caller}, not here.
 */
public final class GroupAuthorities {

    public static final String PREFIX = "GROUP_";

    private GroupAuthorities() {
    }

    public static Set<String> of(Authentication authentication) {
        Set<String> groups = new LinkedHashSet<>();
        if (authentication == null) {
            return groups;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (authority.getAuthority().startsWith(PREFIX)) {
                groups.add(authority.getAuthority().substring(PREFIX.length()));
            }
        }
        return groups;
    }

    public static String authority(String groupId) {
        return PREFIX + groupId;
    }

    /** Camunda's administrators' group: the platform's own doors (audit trail) check it here. */
    public static boolean isAdministrator(Authentication authentication) {
        return of(authentication).contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
    }
}
