package vn.danvan.supervision;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitGrants;
import vn.danvan.organization.UnitRights;
import vn.danvan.organization.UnitTree;

/** Lets Front and organisation officers enter campaigns in their programme from Tasklist (start the campaign process). */
@Component
class SupervisionSetup implements UnitRights {

    private final UnitGrants grants;

    SupervisionSetup(UnitGrants grants) {
        this.grants = grants;
    }

    @Override
    public void grant(Unit unit, UnitTree units) {
        if (unit.kind().supervises()) {
            grants.grant(unit.code(), Resources.PROCESS_DEFINITION, SupervisionCampaignProcess.KEY,
                    ProcessDefinitionPermissions.CREATE_INSTANCE, Permissions.READ);
            grants.grant(unit.code(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
    }
}
