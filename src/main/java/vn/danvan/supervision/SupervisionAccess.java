package vn.danvan.supervision;

import org.springframework.stereotype.Component;
import vn.danvan.organization.Caller;
import vn.danvan.organization.Role;

/**
 * Who may see and answer what: whoever sees the supervising unit ({@link Caller#sees}); service
 * accounts of supervised bodies see campaigns and answer recommendations, as does the supervising
 * unit when it records an answer that came on paper.
 */
@Component
class SupervisionAccess {

    boolean seesAll(Caller caller) {
        return caller.seesEverything() || caller.has(Role.SUPERVISION_SERVICE);
    }

    boolean canView(Caller caller, Campaign campaign) {
        return seesAll(caller) || caller.sees(campaign.unitCode());
    }

    boolean canAnswer(Caller caller, Campaign campaign) {
        return caller.administers() || caller.has(Role.SUPERVISION_SERVICE) || caller.isIn(campaign.unitCode());
    }

    /** Running the recurring-petition check on demand: administrators, the committee and Front committees. */
    boolean canScanPetitions(Caller caller) {
        return caller.administers() || caller.seesEverything() && !caller.has(Role.SUPERVISION_SERVICE)
                || caller.units().stream().anyMatch(unit -> unit.kind() == vn.danvan.organization.UnitKind.FRONT);
    }
}
