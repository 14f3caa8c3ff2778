package vn.danvan.unitreport;

/** No such period or report, or the caller may not see it (answered 404 either way). */
class UnitReportNotFoundException extends RuntimeException {

    UnitReportNotFoundException(String what) {
        super("No unit report " + what);
    }
}
