package vn.danvan.organization;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import vn.danvan.platform.security.GroupAuthorities;

/**
 * Builds {@link Caller}s: from the signed-in user of a request (controllers take a {@code Caller}
 * parameter, built once per request by {@link CallerArgumentResolver}), or from a user id inside a
 * process step.
 */
@Service
public class Callers {

    private final UnitDirectory units;
    private final IdentityService identityService;

    Callers(UnitDirectory units, IdentityService identityService) {
        this.units = units;
        this.identityService = identityService;
    }

    public Caller of(Authentication authentication) {
        return Caller.of(authentication.getName(), GroupAuthorities.of(authentication), units.tree());
    }

    /** The officer acting in a process step (their groups from the identity service). */
    public Caller ofUser(String userId) {
        var groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return Caller.of(userId, groups, units.tree());
    }
}
