package vn.danvan.unitreport;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitGrants;
import vn.danvan.organization.UnitRights;
import vn.danvan.organization.UnitTree;

/**
 * Lets the reviewing district units open a period from Tasklist (start {@code unit-report}), and the
 * reporting units read the filing process's definition (its name in their Tasklist).
 */
@Component
class UnitReportSetup implements UnitRights {

    private final UnitGrants grants;
    private final UnitReportAccess access;

    UnitReportSetup(UnitGrants grants, UnitReportAccess access) {
        this.grants = grants;
        this.access = access;
    }

    @Override
    public void grant(Unit unit, UnitTree units) {
        if (access.reviewingUnits().contains(unit.code())) {
            grants.mayStart(unit.code(), UnitReportProcess.KEY);
            grants.grant(unit.code(), Resources.PROCESS_DEFINITION, UnitReportFilingProcess.KEY, Permissions.READ);
        }
        if (UnitReportAccess.reports(unit)) {
            grants.grant(unit.code(), Resources.PROCESS_DEFINITION, UnitReportFilingProcess.KEY, Permissions.READ);
        }
    }
}
