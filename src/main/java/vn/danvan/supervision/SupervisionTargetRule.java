package vn.danvan.supervision;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;

/**
 * The resolution's yearly supervision target (II.2.2: each Front and organisation unit runs 1-2 or
 * more campaigns a year), in one place: which units it applies to, which campaigns count, and when a
 * unit has met it. {@code /api/supervisions/targets} and the dashboard's scorecard both judge by it.
 */
@Component
public class SupervisionTargetRule {

    /** MET: enough campaigns carried to their end; ON_TRACK: enough planned; NONE_PLANNED: not enough planned. */
    public enum Status { MET, ON_TRACK, NONE_PLANNED }

    private final SupervisionProperties properties;

    SupervisionTargetRule(SupervisionProperties properties) {
        this.properties = properties;
    }

    /** The units measured: those whose kind supervises. */
    public List<Unit> measuredUnits(List<Unit> units) {
        return units.stream().filter(unit -> unit.kind().supervises()).toList();
    }

    /** Campaign statuses that do not count as planned (the committee did not agree to them). */
    public List<String> uncountedStatuses() {
        return java.util.Arrays.stream(CampaignStatus.values()).filter(status -> !status.counts()).map(Enum::name).toList();
    }

    /** The status of a campaign carried to its end. */
    public String completedStatus() {
        return CampaignStatus.CLOSED.name();
    }

    public Status status(long planned, long completed) {
        if (completed >= properties.targetMin()) {
            return Status.MET;
        }
        return planned >= properties.targetMin() ? Status.ON_TRACK : Status.NONE_PLANNED;
    }

    public boolean met(long planned, long completed) {
        return status(planned, completed) == Status.MET;
    }

    public int min() {
        return properties.targetMin();
    }

    public int max() {
        return properties.targetMax();
    }
}
