package vn.danvan.organization;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, worked out once per request from their groups: their units, their roles, the units
 * whose work they see, and whether they may know a protected petitioner. Every access check of
 * every module asks this value; none reads groups or unit kinds itself.
 */
public final class Caller {

    private final String userId;
    private final Set<String> groups;
    private final List<Unit> units;
    private final UnitScope scope;
    private final boolean directs;

    private Caller(String userId, Set<String> groups, List<Unit> units, UnitScope scope, boolean directs) {
        this.userId = userId;
        this.groups = groups;
        this.units = units;
        this.scope = scope;
        this.directs = directs;
    }

    /**
     * The rule, in one place: administrators see every unit; everyone else sees what their units
     * see by kind ({@link UnitTree#seenBy}).
     */
    public static Caller of(String userId, Collection<String> groups, UnitTree tree) {
        Set<String> groupSet = Set.copyOf(new LinkedHashSet<>(groups));
        List<Unit> units = groupSet.stream().map(tree::find).flatMap(Optional::stream).toList();
        boolean admin = groupSet.contains(Role.ADMIN.groupId());
        Set<String> seen = new LinkedHashSet<>();
        boolean all = admin;
        for (Unit unit : units) {
            Optional<Set<String>> reach = tree.seenBy(unit);
            if (reach.isEmpty()) {
                all = true;
            } else {
                seen.addAll(reach.get());
            }
        }
        boolean directs = units.stream().anyMatch(unit -> unit.kind().leads() && unit.level() == Level.COMMITTEE);
        return new Caller(userId, groupSet, units, all ? UnitScope.all() : UnitScope.of(seen), directs);
    }

    public String userId() {
        return userId;
    }

    /** The active units the caller is an officer of. */
    public List<Unit> units() {
        return units;
    }

    public Set<String> unitCodes() {
        Set<String> codes = new LinkedHashSet<>();
        units.forEach(unit -> codes.add(unit.code()));
        return codes;
    }

    public boolean isIn(String unitCode) {
        return unitCode != null && units.stream().anyMatch(unit -> unit.code().equals(unitCode));
    }

    public boolean has(Role role) {
        return groups.contains(role.groupId());
    }

    public boolean administers() {
        return has(Role.ADMIN);
    }

    /** The units whose work the caller sees (cases, conferences, campaigns, the dashboard's figures). */
    public UnitScope scope() {
        return scope;
    }

    /** An officer of a unit above the commune level (the district's or the committee's). */
    public boolean worksAboveTheCommune() {
        return units.stream().anyMatch(unit -> unit.level() != Level.COMMUNE);
    }

    public boolean sees(String unitCode) {
        return scope.covers(unitCode);
    }

    public boolean seesEverything() {
        return scope.isAll();
    }

    /**
     * Whether the caller may know who filed a petition whose identity the law protects (a denouncer,
     * Denunciation Law 2018, art. 47-48): the unit handling it now and the Party committee that
     * directs (committee-level Party bodies). Nobody else, administrators included: an IT
     * administrator runs the system, they do not handle denunciations, so they see the identity
     * masked like any other officer (the rule of issue 21; docs/security.md).
     */
    public boolean mayKnowProtectedIdentityAt(String handlingUnitCode) {
        return directs || isIn(handlingUnitCode);
    }

    @Override
    public String toString() {
        return userId + " " + unitCodes() + " sees " + scope;
    }
}
