package vn.danvan.unitreport;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit's accepted figures for a year, as the scorecard reads them: from the period that counts for
 * the year (see {@link UnitReportFigures#yearly}), with who reported them and when.
 */
public record ReportedFigures(String unitCode, String periodId, BigDecimal peopleGatheredPercent,
        BigDecimal membersActivePercent, Boolean ratedGoodOrBetter, Integer branchesTotal, Integer branchesGoodOrBetter,
        Integer officersTotal, Integer officersTrained, Integer modelInitiatives, Integer residentialAreasTotal,
        Integer residentialAreasTypical, Integer residentialAreasModel, Integer difficultAreasSupported,
        String reportedBy, Instant reportedAt) {
}
