package vn.danvan.support;

import java.util.ArrayList;
import java.util.List;
import vn.danvan.organization.Caller;
import vn.danvan.organization.Level;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitKind;
import vn.danvan.organization.UnitTree;

/**
 * A small copy of the default organisation for tests that need no database: two communes with all
 * their bodies, the district's reception office, Front and one organisation, the committee's bodies,
 * and one inactive commune. The access rules of every module are tested against it.
 */
public final class DefaultUnits {

    public static final UnitTree TREE = shape();

    private DefaultUnits() {
    }

    /** Someone who is a member of these groups (unit codes, or roles such as {@code camunda-admin}). */
    public static Caller caller(String... groups) {
        return Caller.of("u", List.of(groups), TREE);
    }

    private static UnitTree shape() {
        List<Unit> units = new ArrayList<>();
        units.add(unit("huyenuy", Level.COMMITTEE, UnitKind.PARTY, null, null));
        units.add(unit("bandanvan", Level.COMMITTEE, UnitKind.PARTY, "huyenuy", null));
        units.add(unit("ubkthuyenuy", Level.COMMITTEE, UnitKind.PARTY, "huyenuy", null));
        units.add(unit("huyen", Level.DISTRICT, UnitKind.RECEPTION, "huyenuy", null));
        units.add(unit("mttqhuyen", Level.DISTRICT, UnitKind.FRONT, "huyenuy", null));
        units.add(unit("hoinongdanhuyen", Level.DISTRICT, UnitKind.ORGANISATION, "huyenuy", null));
        for (String commune : List.of("hiepan", "liennghia")) {
            units.add(unit(commune, Level.COMMUNE, UnitKind.COMMUNE, "huyen", commune));
            units.add(unit(commune + "mttq", Level.COMMUNE, UnitKind.FRONT, "mttqhuyen", commune));
            units.add(unit(commune + "hnd", Level.COMMUNE, UnitKind.ORGANISATION, "hoinongdanhuyen", commune));
            units.add(unit(commune + "danguy", Level.COMMUNE, UnitKind.PARTY, "huyenuy", commune));
        }
        units.add(new Unit("cu", "Đơn vị cũ", Level.COMMUNE, UnitKind.COMMUNE, "huyen", "cu", false, false));
        return new UnitTree(units);
    }

    private static Unit unit(String code, Level level, UnitKind kind, String parent, String commune) {
        return new Unit(code, code, level, kind, parent, commune, false, true);
    }
}
