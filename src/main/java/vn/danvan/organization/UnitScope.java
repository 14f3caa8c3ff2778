package vn.danvan.organization;

import java.util.Set;

/**
 * The units whose work someone sees: every unit, or a set. Queries filter by it; a null set means
 * "every unit" only inside this type.
 */
public final class UnitScope {

    private static final UnitScope ALL = new UnitScope(null);

    private final Set<String> units;

    private UnitScope(Set<String> units) {
        this.units = units == null ? null : Set.copyOf(units);
    }

    public static UnitScope all() {
        return ALL;
    }

    public static UnitScope of(Set<String> units) {
        return new UnitScope(units);
    }

    public boolean isAll() {
        return units == null;
    }

    public boolean covers(String unitCode) {
        return units == null || units.contains(unitCode);
    }

    /** The units of a limited scope; call only when {@link #isAll()} is false. */
    public Set<String> units() {
        if (units == null) {
            throw new IllegalStateException("Every unit is in scope: check isAll() first");
        }
        return units;
    }

    @Override
    public String toString() {
        return units == null ? "*" : units.toString();
    }
}
