package vn.danvan.petition;

/**
 * Whom a denunciation is about: the input by which the routing table (bpmn/petition-routing.dmn)
 * decides who resolves it (Denunciation Law 2018, arts. 12-15: the head of the body that manages the
 * denounced person). The names are the table's input values; the table, not this type, says where
 * each goes.
 */
enum DenouncedPerson {
    /** an official or other person the commune people's committee manages directly */
    COMMUNE_OFFICIAL,
    /** the chair or a vice-chair of the commune people's committee */
    COMMUNE_LEADER,
    /** an official, agency or unit appointed or managed by the district */
    DISTRICT_MANAGED,
    /** a Party member (the Party's rules apply; the inspection commission examines it) */
    PARTY_MEMBER,
    /** an agency or organisation */
    ORGANISATION;

    static String parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value).name();
        } catch (IllegalArgumentException e) {
            throw new vn.danvan.platform.engine.StepRejectedException(
                    "Người bị tố cáo không hợp lệ (denouncedPerson): " + value);
        }
    }
}
