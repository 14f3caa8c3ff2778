package vn.danvan.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units at one moment, with the rules that follow from their kinds and parents: who is above
 * whom, which Party committee leads a unit, which Front a commune has, and what a unit sees. The
 * table is small (about 130 rows for a district), so rules work on the whole of it in memory, and
 * unit tests reach them without a database.
 */
public final class UnitTree {

    private final Map<String, Unit> byCode = new LinkedHashMap<>();

    public UnitTree(Collection<Unit> units) {
        units.forEach(unit -> byCode.put(unit.code(), unit));
    }

    /** An active unit. */
    public Optional<Unit> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code)).filter(Unit::active);
    }

    /** A unit, active or not (a closed case still names the unit that handled it). */
    public Optional<Unit> findAny(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Unit> active() {
        return byCode.values().stream().filter(Unit::active).toList();
    }

    public List<Unit> all() {
        return List.copyOf(byCode.values());
    }

    /** The unit {@code levels} steps up the chain of parents; the top unit answers for itself. */
    public String above(String code, int levels) {
        String current = code;
        for (int i = 0; i < levels; i++) {
            String parent = findAny(current).map(Unit::parentCode).orElse(null);
            if (parent == null) {
                break;
            }
            current = parent;
        }
        return current;
    }

    /** Active units whose chain of parents passes through {@code code}. */
    public Set<String> below(String code) {
        Set<String> found = new LinkedHashSet<>();
        for (Unit unit : active()) {
            String parent = unit.parentCode();
            for (int depth = 0; parent != null && depth < byCode.size(); depth++) {
                if (parent.equals(code)) {
                    found.add(unit.code());
                    break;
                }
                parent = findAny(parent).map(Unit::parentCode).orElse(null);
            }
        }
        return found;
    }

    /** The active units of a commune or town: its government, Front, organisations and Party committee. */
    public List<Unit> ofCommune(String communeCode) {
        return active().stream().filter(unit -> communeCode != null && communeCode.equals(unit.communeCode())).toList();
    }

    public List<Unit> atLevel(Level level) {
        return active().stream().filter(unit -> unit.level() == level).toList();
    }

    /**
     * The Party committee that leads a unit: a commune's own Party committee for the units of a
     * commune, otherwise the committee above it ({@link #committeeAbove}).
     */
    public Optional<Unit> leadingCommittee(Unit unit) {
        if (unit.communeCode() != null) {
            Optional<Unit> commune = ofCommune(unit.communeCode()).stream()
                    .filter(u -> u.kind().leads() && u.level() == Level.COMMUNE).findFirst();
            if (commune.isPresent()) {
                return commune;
            }
        }
        return committeeAbove(unit);
    }

    /**
     * The Party committee at the committee level that directs a unit: the first one up its chain of
     * parents, else the standing committee (a committee-level Party unit without a parent).
     */
    public Optional<Unit> committeeAbove(Unit unit) {
        Unit current = unit;
        for (int depth = 0; current != null && depth <= byCode.size(); depth++) {
            if (current.kind().leads() && current.level() == Level.COMMITTEE && current.active()) {
                return Optional.of(current);
            }
            current = findAny(current.parentCode()).orElse(null);
        }
        return atLevel(Level.COMMITTEE).stream().filter(u -> u.kind().leads() && u.parentCode() == null).findFirst();
    }

    /** The Front committee beside a unit: its commune's Front, or the Front above the commune level. */
    public Optional<Unit> frontOf(Unit unit) {
        if (unit.communeCode() != null) {
            return ofCommune(unit.communeCode()).stream().filter(u -> u.kind() == UnitKind.FRONT).findFirst();
        }
        return atLevel(Level.DISTRICT).stream().filter(u -> u.kind() == UnitKind.FRONT).findFirst();
    }

    /**
     * The socio-political organisations of a unit's level: its commune's, or those above the commune
     * level at its level (the organisations a Front committee asks for opinions), by code.
     */
    public List<Unit> organisationsBeside(Unit unit) {
        List<Unit> sameLevel = unit.communeCode() != null ? ofCommune(unit.communeCode())
                : atLevel(unit.level()).stream().filter(u -> u.communeCode() == null).toList();
        return sameLevel.stream().filter(u -> u.kind() == UnitKind.ORGANISATION)
                .sorted(java.util.Comparator.comparing(Unit::code)).toList();
    }

    /**
     * The units whose work a unit sees, by its kind's {@link UnitKind.Reach}; empty means every unit.
     */
    public Optional<Set<String>> seenBy(Unit unit) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(unit.code());
        switch (unit.kind().reach()) {
            case OWN -> {
            }
            case LINE -> seen.addAll(below(unit.code()));
            case AREA -> {
                if (unit.communeCode() == null) {
                    return Optional.empty();
                }
                for (Unit member : ofCommune(unit.communeCode())) {
                    seen.add(member.code());
                    seen.addAll(below(member.code()));
                }
            }
        }
        return Optional.of(seen);
    }

    /** Whether making {@code parentCode} the parent of {@code code} would close a loop. */
    public boolean wouldCycle(String code, String parentCode) {
        String current = parentCode;
        for (int depth = 0; current != null && depth <= byCode.size() + 1; depth++) {
            if (current.equals(code)) {
                return true;
            }
            current = findAny(current).map(Unit::parentCode).orElse(null);
        }
        return false;
    }

    /** Copies with one unit replaced or added (to check a change before it is written). */
    public UnitTree with(Unit changed) {
        List<Unit> units = new ArrayList<>(byCode.values());
        units.removeIf(unit -> unit.code().equals(changed.code()));
        units.add(changed);
        return new UnitTree(units);
    }
}
