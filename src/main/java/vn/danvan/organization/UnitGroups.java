package vn.danvan.organization;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Keeps a unit's Camunda group in step with the unit: the group (id = unit code, named as the unit),
 * the rights every officer needs in Tasklist, and the rights each module gives the unit's kind
 * ({@link UnitRights}). Idempotent: at start for every unit, and at once after an administrator's change.
 */
@Component
class UnitGroups {

    static final String UNIT_GROUP_TYPE = "UNIT";

    private final IdentityService identityService;
    private final UnitGrants grants;
    private final List<UnitRights> rights;

    UnitGroups(IdentityService identityService, UnitGrants grants, List<UnitRights> rights) {
        this.identityService = identityService;
        this.grants = grants;
        this.rights = rights;
    }

    /** @return whether the group was new */
    boolean sync(Unit unit, UnitTree tree) {
        boolean created = ensureGroup(unit);
        if (unit.active()) {
            grants.grant(unit.code(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grants.grant(unit.code(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            rights.forEach(module -> module.grant(unit, tree));
        }
        return created;
    }

    void ensureRoleGroup(Role role) {
        if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
            Group group = identityService.newGroup(role.groupId());
            group.setName(role.groupName());
            group.setType(role == Role.ADMIN ? "SYSTEM" : "ROLE");
            identityService.saveGroup(group);
        }
    }

    private boolean ensureGroup(Unit unit) {
        Group existing = identityService.createGroupQuery().groupId(unit.code()).singleResult();
        if (existing != null) {
            if (!unit.name().equals(existing.getName())) {
                existing.setName(unit.name());
                identityService.saveGroup(existing);
            }
            return false;
        }
        Group group = identityService.newGroup(unit.code());
        group.setName(unit.name());
        group.setType(UNIT_GROUP_TYPE);
        identityService.saveGroup(group);
        return true;
    }
}
