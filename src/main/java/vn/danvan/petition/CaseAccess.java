package vn.danvan.petition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Caller;
import vn.danvan.organization.Role;

/**
 * Who may see a case: whoever sees the unit that received it or holds it now ({@link Caller#sees}),
 * and the units the case has been with. Nobody else learns that it exists.
 */
@Component
class CaseAccess {

    private final JdbcClient jdbc;

    CaseAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean canView(Caller caller, PetitionCase c) {
        if (caller.sees(c.originUnitCode()) || caller.sees(c.currentUnitCode())) {
            return true;
        }
        return !caller.unitCodes().isEmpty() && jdbc.sql("""
                SELECT count(*) FROM case_timeline WHERE case_id = :caseId AND unit_code IN (:units)""")
                .param("caseId", c.caseId()).param("units", caller.unitCodes()).query(Long.class).single() > 0;
    }

    /** Whether the viewer may know who filed the case; a denouncer's identity is protected. */
    boolean mayKnowPetitioner(Caller caller, PetitionCase c) {
        return !c.isDenunciation() || caller.mayKnowProtectedIdentityAt(c.currentUnitCode());
    }

    /** Officers submit petitions for their own unit; administrators and intake service accounts for any. */
    boolean canSubmitFor(Caller caller, String unitCode) {
        return caller.isIn(unitCode) || caller.administers() || caller.has(Role.INTAKE_SERVICE);
    }
}
