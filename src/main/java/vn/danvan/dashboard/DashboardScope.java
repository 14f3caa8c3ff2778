package vn.danvan.dashboard;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/**
 * Whose numbers a user sees: administrators, district and committee units see every unit; an officer
 * of a commune or organisation sees the units they belong to.
 *
 * @param units null for every unit
 */
record DashboardScope(Set<String> units) {

    static final String ADMIN_GROUP = "camunda-admin";

    static DashboardScope of(Authentication user, UnitDirectory directory) {
        Set<String> groups = new TreeSet<>();
        user.getAuthorities().forEach(a -> {
            if (a.getAuthority().startsWith("GROUP_")) {
                groups.add(a.getAuthority().substring("GROUP_".length()));
            }
        });
        if (groups.contains(ADMIN_GROUP)) {
            return new DashboardScope(null);
        }
        Set<String> own = new TreeSet<>();
        for (String group : groups) {
            var unit = directory.find(group);
            if (unit.isEmpty()) {
                continue;
            }
            if (!Unit.COMMUNE.equals(unit.get().levelCode()) && !"ORGANISATION".equals(unit.get().kind())
                    && !"FRONT".equals(unit.get().kind())) {
                return new DashboardScope(null);
            }
            own.add(group);
        }
        return new DashboardScope(own);
    }

    boolean all() {
        return units == null;
    }

    boolean covers(String unitCode) {
        return units == null || units.contains(unitCode);
    }
}
