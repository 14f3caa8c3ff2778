package vn.danvan.reporting;

import java.time.LocalDate;
import java.util.stream.Collectors;
import vn.danvan.organization.Caller;

/** Who a report is made by and when: the caller's units (their figures are the report's) and today's date. */
record ReportHeading(String unit, String dated) {

    static ReportHeading of(Caller caller, LocalDate today) {
        String units = caller.units().stream().map(vn.danvan.organization.Unit::name).collect(Collectors.joining(", "));
        String unit = units.isEmpty() ? "Toàn bộ các đơn vị" : units;
        return new ReportHeading(unit, "ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm "
                + today.getYear());
    }

    /** The scope said in words under the title: the figures are those of the units the caller sees. */
    static String scope(Caller caller) {
        return caller.seesEverything() ? "Số liệu của tất cả các đơn vị"
                : "Số liệu của " + caller.scope().units().size() + " đơn vị thuộc phạm vi theo dõi của đơn vị báo cáo";
    }
}
