package vn.danvan.dialogue;

import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/**
 * Who may see and work on a conference: administrators and the Party committee's units see every
 * conference; a unit sees its own, and the conferences where it owns a commitment.
 */
@Component
public class DialogueAccess {

    private static final String GROUP_PREFIX = "GROUP_";

    private final UnitDirectory units;
    private final Commitments commitments;

    DialogueAccess(UnitDirectory units, Commitments commitments) {
        this.units = units;
        this.commitments = commitments;
    }

    static Set<String> groups(Authentication authentication) {
        Set<String> groups = new HashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (authority.getAuthority().startsWith(GROUP_PREFIX)) {
                groups.add(authority.getAuthority().substring(GROUP_PREFIX.length()));
            }
        }
        return groups;
    }

    boolean seesAll(Authentication authentication) {
        Set<String> groups = groups(authentication);
        return groups.contains(ConferencePlans.ADMIN_GROUP) || groups.stream()
                .anyMatch(group -> units.find(group).map(unit -> Unit.COMMITTEE.equals(unit.levelCode())).orElse(false));
    }

    /** The holding unit records questions and commitments; administrators may too. */
    boolean canWork(Authentication authentication, Conference c) {
        Set<String> groups = groups(authentication);
        return groups.contains(c.unitCode()) || groups.contains(ConferencePlans.ADMIN_GROUP);
    }

    public boolean canView(Authentication authentication, Conference c) {
        if (seesAll(authentication) || canWork(authentication, c)) {
            return true;
        }
        Set<String> groups = groups(authentication);
        return commitments.of(c.conferenceId()).stream().anyMatch(x -> groups.contains(x.ownerUnitCode()));
    }
}
