package vn.danvan.supervision;

import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/**
 * Who may see and answer what: administrators and the Party committee's units see every campaign;
 * a supervising unit sees its own; service accounts of supervised bodies (group
 * {@value #SERVICE_GROUP}) see campaigns and answer recommendations, as does the supervising unit
 * when it records an answer that came on paper.
 */
@Component
public class SupervisionAccess {

    static final String ADMIN_GROUP = "camunda-admin";
    static final String SERVICE_GROUP = "supervisionservice";
    private static final String GROUP_PREFIX = "GROUP_";

    private final UnitDirectory units;

    SupervisionAccess(UnitDirectory units) {
        this.units = units;
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
        return groups.contains(ADMIN_GROUP) || groups.contains(SERVICE_GROUP) || groups.stream()
                .anyMatch(group -> units.find(group).map(unit -> Unit.COMMITTEE.equals(unit.levelCode())).orElse(false));
    }

    public boolean canView(Authentication authentication, Campaign campaign) {
        return seesAll(authentication) || groups(authentication).contains(campaign.unitCode());
    }

    boolean canAnswer(Authentication authentication, Campaign campaign) {
        Set<String> groups = groups(authentication);
        return groups.contains(ADMIN_GROUP) || groups.contains(SERVICE_GROUP) || groups.contains(campaign.unitCode());
    }

    boolean canScanPetitions(Authentication authentication, String proposalUnit) {
        Set<String> groups = groups(authentication);
        return groups.contains(ADMIN_GROUP) || groups.contains(proposalUnit) || seesAll(authentication)
                && !groups.contains(SERVICE_GROUP);
    }
}
