package vn.danvan.inspection;

import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Level;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/**
 * Which units work an inspection, found in the unit directory (organisation data, not code): the
 * inspection commission is a Party body under the standing committee whose name says so ("Ủy ban Kiểm
 * tra", the Party Charter's name for it: Ủy ban Kiểm tra Huyện ủy, or Tỉnh ủy after the 2025 reform);
 * {@code danvan.inspection.commission-unit} names another unit where the data differs. Without either,
 * a committee body does the work: the standing committee itself. The standing committee is the Party
 * committee above the commission.
 */
@Component
class InspectionUnits {

    static final String COMMISSION_NAME = "Ủy ban Kiểm tra";

    private final UnitDirectory units;
    private final String configured;

    InspectionUnits(UnitDirectory units, @Value("${danvan.inspection.commission-unit:}") String configured) {
        this.units = units;
        this.configured = configured;
    }

    /** The commission that inspects for the Party committee directing {@code unitCode}. */
    Unit commission(String unitCode) {
        Unit committee = units.committeeAbove(unitCode);
        if (!configured.isBlank()) {
            return units.find(configured).orElseThrow(() -> new IllegalStateException(
                    "danvan.inspection.commission-unit names no active unit: " + configured));
        }
        Optional<Unit> byName = units.all().stream()
                .filter(u -> u.level() == Level.COMMITTEE && u.kind() == committee.kind())
                .filter(u -> committee.code().equals(u.parentCode()) || committee.code().equals(u.code()))
                .filter(u -> u.name() != null && u.name().startsWith(COMMISSION_NAME))
                .min(Comparator.comparing(Unit::code));
        return byName.orElse(committee);
    }

    /** The standing committee that decides on discipline: the Party committee the commission answers to. */
    Unit committeeOf(Unit commission) {
        return units.find(commission.parentCode()).filter(u -> u.kind().leads() && u.level() == Level.COMMITTEE)
                .orElse(commission);
    }

    String above(String unitCode, int levels) {
        return units.above(unitCode, levels);
    }
}
