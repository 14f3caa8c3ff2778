package vn.danvan.petition;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/**
 * Who may see a case: administrators, the Party committee's units, and the units the case has been
 * with (the commune that received it, and any unit that held it since). Nobody else learns that it
 * exists.
 */
@Component
public class CaseAccess {

    static final String ADMIN_GROUP = "camunda-admin";
    static final String INTAKE_SERVICE_GROUP = "intakeservice";
    private static final String GROUP_PREFIX = "GROUP_";

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    CaseAccess(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    static Set<String> groups(Authentication authentication) {
        Set<String> groups = new HashSet<>();
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        for (GrantedAuthority authority : authorities) {
            if (authority.getAuthority().startsWith(GROUP_PREFIX)) {
                groups.add(authority.getAuthority().substring(GROUP_PREFIX.length()));
            }
        }
        return groups;
    }

    /** Administrators and the Party committee's units see every case. */
    boolean seesAllCases(Authentication authentication) {
        Set<String> groups = groups(authentication);
        return groups.contains(ADMIN_GROUP) || groups.stream()
                .anyMatch(group -> units.find(group).map(unit -> Unit.COMMITTEE.equals(unit.levelCode())).orElse(false));
    }

    public boolean canView(Authentication authentication, PetitionCase c) {
        Set<String> groups = groups(authentication);
        if (seesAllCases(authentication) || groups.contains(c.originUnitCode()) || groups.contains(c.currentUnitCode())) {
            return true;
        }
        return !groups.isEmpty() && jdbc.sql("""
                SELECT count(*) FROM case_timeline WHERE case_id = :caseId AND unit_code IN (:groups)""")
                .param("caseId", c.caseId()).param("groups", groups).query(Long.class).single() > 0;
    }

    /**
     * Whether the viewer may know who filed the case. A denouncer is protected (Denunciation Law 2018,
     * art. 47-48): only the unit that now handles the denunciation, the Party committee's units and
     * administrators see the name; everyone else sees it masked.
     */
    public boolean mayKnowPetitioner(Authentication authentication, PetitionCase c) {
        return !c.isDenunciation() || seesAllCases(authentication)
                || groups(authentication).contains(c.currentUnitCode());
    }

    /** Officers submit petitions for their own unit; administrators and intake service accounts for any. */
    boolean canSubmitFor(Authentication authentication, String unitCode) {
        Set<String> groups = groups(authentication);
        return groups.contains(unitCode) || groups.contains(ADMIN_GROUP) || groups.contains(INTAKE_SERVICE_GROUP);
    }
}
