package vn.danvan.supervision;

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
            grants.mayStart(unit.code(), SupervisionCampaignProcess.KEY);
        }
    }
}
