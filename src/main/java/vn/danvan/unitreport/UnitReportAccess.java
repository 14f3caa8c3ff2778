package vn.danvan.unitreport;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Caller;
import vn.danvan.organization.Level;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.organization.UnitKind;

/**
 * Who reports, who reviews and who sees, in one place. The units that report are read from the unit
 * table when a period opens: every active Front and organisation unit at district and commune level
 * (the resolution measures these). The district that opens periods and reviews reports is a setting,
 * {@code danvan.unit-reports.reviewing-units} (default the district's mass-mobilisation commission
 * {@code bandanvan} and the district office {@code huyen}), because a reform renames such bodies.
 * Public for the process's expressions ({@code ${unitReportAccess.reviewerGroups()}}).
 */
@Component("unitReportAccess")
public class UnitReportAccess {

    private final UnitDirectory units;
    private final List<String> reviewingUnits;

    UnitReportAccess(UnitDirectory units,
            @Value("${danvan.unit-reports.reviewing-units:bandanvan,huyen}") String[] reviewingUnits) {
        this.units = units;
        this.reviewingUnits = java.util.Arrays.stream(reviewingUnits).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    /** The units asked to report when a period opens, in the table's order. */
    List<Unit> reportingUnits() {
        return units.all().stream().filter(UnitReportAccess::reports).toList();
    }

    static boolean reports(Unit unit) {
        return unit.active() && (unit.kind() == UnitKind.FRONT || unit.kind() == UnitKind.ORGANISATION)
                && (unit.level() == Level.DISTRICT || unit.level() == Level.COMMUNE);
    }

    /** The unit's name for task names and forms (an expression of the BPMN). */
    public String unitName(String unitCode) {
        return units.findAny(unitCode).map(Unit::name).orElse(unitCode);
    }

    /** The candidate groups of the review task (an expression of the BPMN). */
    public String reviewerGroups() {
        return String.join(",", reviewingUnits);
    }

    List<String> reviewingUnits() {
        return reviewingUnits;
    }

    /** Opens, closes and reopens periods, reviews reports. */
    boolean reviews(Caller caller) {
        return caller.administers() || reviewingUnits.stream().anyMatch(caller::isIn);
    }

    /** Submits the unit's own report. */
    boolean reportsFor(Caller caller, String unitCode) {
        return caller.isIn(unitCode);
    }

    /** Sees a unit's report: the reviewers, whoever sees the unit's work, and the unit itself. */
    boolean sees(Caller caller, String unitCode) {
        return reviews(caller) || caller.sees(unitCode);
    }
}
