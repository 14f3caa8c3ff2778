package vn.danvan.criticism;

import java.util.List;

/**
 * Stands in for the bean {@code criticismOpinions} that bpmn/social-criticism.bpmn asks for the
 * organisations whose opinions it collects (one social-criticism-opinion process each). Public: the
 * engine's expression language calls it by reflection.
 */
public final class OpinionsStandIn {

    private final List<String> units;

    public OpinionsStandIn(List<String> units) {
        this.units = List.copyOf(units);
    }

    public List<String> requestedUnits(String criticismId) {
        return units;
    }

    public String idOf(String criticismId, String organisationUnit) {
        return criticismId + "-" + organisationUnit;
    }
}
