package vn.danvan.reception;

import vn.danvan.organization.Level;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitKind;

/**
 * Whose reception day a schedule is: the role decides how often the law wants it
 * ({@link ReceptionFrequencyRule}, figures in {@code bpmn/reception-frequency.dmn}) and which unit a
 * leader of that role sits in.
 */
public enum LeaderRole {

    /** Chủ tịch UBND cấp xã: the commune's government unit. */
    COMMUNE_CHAIR("Chủ tịch UBND cấp xã"),
    /** Bí thư Đảng ủy cấp xã: the commune's Party committee. */
    COMMUNE_PARTY_SECRETARY("Bí thư Đảng ủy cấp xã"),
    /** Chủ tịch UBND cấp huyện: a reception office above the commune stands for the district's government. */
    DISTRICT_CHAIR("Chủ tịch UBND cấp huyện"),
    /** Any other leader who receives citizens on a schedule (a vice-chair, the Front's chair): no legal minimum. */
    OTHER_LEADER("Lãnh đạo khác");

    private final String label;

    LeaderRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a leader of this role sits in the unit (a commune chair in a commune, and so on). */
    public boolean fits(Unit unit) {
        return switch (this) {
            case COMMUNE_CHAIR -> unit.kind() == UnitKind.COMMUNE;
            case COMMUNE_PARTY_SECRETARY -> unit.kind() == UnitKind.PARTY && unit.level() == Level.COMMUNE;
            case DISTRICT_CHAIR -> unit.kind() == UnitKind.RECEPTION && unit.level() == Level.DISTRICT;
            case OTHER_LEADER -> true;
        };
    }

    /** The role the law names for the unit's head, if the law names one ({@link #OTHER_LEADER} never). */
    static java.util.Optional<LeaderRole> headOf(Unit unit) {
        for (LeaderRole role : values()) {
            if (role != OTHER_LEADER && role.fits(unit)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }

    static LeaderRole parse(String value) {
        try {
            return LeaderRole.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new vn.danvan.platform.web.InvalidInputException("leaderRole", "must be one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
