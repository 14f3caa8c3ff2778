package vn.danvan.organization;

/**
 * A body that handles work: a commune, a district office or organisation, a Party committee body.
 * Its code is also the id of its Camunda group (the candidate group of its tasks).
 */
public record Unit(String code, String name, String levelCode, String kind, String parentCode, boolean remoteArea) {

    public static final String COMMUNE = "COMMUNE";
    public static final String DISTRICT = "DISTRICT";
    public static final String COMMITTEE = "COMMITTEE";

    public boolean isCommune() {
        return COMMUNE.equals(levelCode);
    }
}
