package vn.danvan.reception;

import org.springframework.stereotype.Component;
import vn.danvan.organization.Caller;

/**
 * Who may see and manage a unit's reception schedules and days: a unit's own officers manage them
 * (administrators every unit's); whoever sees the unit's work ({@link Caller#sees}) reads them, without
 * the citizens' names, which stay with the unit that received them.
 */
@Component
class ReceptionAccess {

    boolean canManage(Caller caller, String unitCode) {
        return caller.isIn(unitCode) || caller.administers();
    }

    boolean canView(Caller caller, String unitCode) {
        return caller.sees(unitCode) || canManage(caller, unitCode);
    }
}
