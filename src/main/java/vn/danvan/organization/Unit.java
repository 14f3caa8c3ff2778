package vn.danvan.organization;

/**
 * A body that handles work: a commune, a reception office, a Front committee or organisation, a
 * Party committee body. Its code is also the id of its Camunda group (the candidate group of its
 * tasks).
 *
 * @param parentCode  the body above it in its own line (escalations go there), null at the top
 * @param communeCode the commune or town a commune-level unit belongs to (its government unit's
 *                    code), null above the commune level
 */
public record Unit(String code, String name, Level level, UnitKind kind, String parentCode, String communeCode,
        boolean remoteArea, boolean active) {

    /** The level's code as events and the case record carry it. */
    public String levelCode() {
        return level.name();
    }

    public boolean isCommuneLevel() {
        return level == Level.COMMUNE;
    }
}
