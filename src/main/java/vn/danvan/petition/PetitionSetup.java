package vn.danvan.petition;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitGrants;
import vn.danvan.organization.UnitRights;
import vn.danvan.organization.UnitTree;

/**
 * Lets the officers of units that receive petitions record walk-ins from Tasklist (start the commune
 * process), and those of units that handle petitions record a complainant's request for a second
 * instance (start {@code complaint-second-instance} from its start form).
 */
@Component
class PetitionSetup implements UnitRights {

    private final UnitGrants grants;

    PetitionSetup(UnitGrants grants) {
        this.grants = grants;
    }

    @Override
    public void grant(Unit unit, UnitTree units) {
        if (unit.kind().receivesPetitions()) {
            grants.grant(unit.code(), Resources.PROCESS_DEFINITION, PetitionCommuneProcess.KEY,
                    ProcessDefinitionPermissions.CREATE_INSTANCE, Permissions.READ);
            grants.grant(unit.code(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
        if (unit.kind().handlesPetitions()) {
            grants.grant(unit.code(), Resources.PROCESS_DEFINITION, SecondInstanceProcess.KEY,
                    ProcessDefinitionPermissions.CREATE_INSTANCE, Permissions.READ);
            grants.grant(unit.code(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
    }
}
