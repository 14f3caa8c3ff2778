package vn.danvan.petition;

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
            grants.mayStart(unit.code(), PetitionCommuneProcess.KEY);
        }
        if (unit.kind().handlesPetitions()) {
            grants.mayStart(unit.code(), SecondInstanceProcess.KEY);
        }
    }
}
