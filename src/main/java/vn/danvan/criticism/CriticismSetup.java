package vn.danvan.criticism;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitGrants;
import vn.danvan.organization.UnitKind;
import vn.danvan.organization.UnitRights;
import vn.danvan.organization.UnitTree;

/**
 * Lets Front officers register a draft from Tasklist (start the criticism process), and the
 * organisations read the opinion process's definition (its name in their Tasklist).
 */
@Component
class CriticismSetup implements UnitRights {

    private final UnitGrants grants;

    CriticismSetup(UnitGrants grants) {
        this.grants = grants;
    }

    @Override
    public void grant(Unit unit, UnitTree units) {
        if (unit.kind() == UnitKind.FRONT) {
            grants.mayStart(unit.code(), SocialCriticismProcess.KEY);
        }
        if (unit.kind() == UnitKind.ORGANISATION || unit.kind() == UnitKind.FRONT) {
            grants.grant(unit.code(), Resources.PROCESS_DEFINITION, SocialCriticismOpinionProcess.KEY, Permissions.READ);
        }
    }
}
