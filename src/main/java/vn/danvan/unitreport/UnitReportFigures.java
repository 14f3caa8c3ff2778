package vn.danvan.unitreport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The units' accepted figures, for the dashboard's scorecard (the module's public door). */
@Service
public class UnitReportFigures {

    private final UnitReports reports;
    private final UnitReportAccess access;

    UnitReportFigures(UnitReports reports, UnitReportAccess access) {
        this.reports = reports;
        this.access = access;
    }

    /** The units that report on the resolution's targets (the active Front and organisation units of the
     *  district and the communes), as a period opened now would ask them. */
    public List<vn.danvan.organization.Unit> reportingUnits() {
        return access.reportingUnits();
    }

    /**
     * Per unit, the accepted report that counts for the year: the yearly report ({@code 2026}), else the
     * second half-year's ({@code 2026-H2}), else the first's ({@code 2026-H1}): the latest figures the
     * district accepted. A unit with no accepted report of the year is absent.
     */
    public List<ReportedFigures> yearly(int year) {
        Map<String, UnitReports.Report> chosen = new LinkedHashMap<>();
        for (UnitReports.Report r : reports.acceptedOf(year)) {
            chosen.merge(r.unitCode(), r, (a, b) -> rank(a.periodId()) >= rank(b.periodId()) ? a : b);
        }
        List<ReportedFigures> figures = new ArrayList<>();
        chosen.values().stream().sorted(Comparator.comparing(UnitReports.Report::unitCode)).forEach(r -> {
            ReportFigures f = r.figures();
            figures.add(new ReportedFigures(r.unitCode(), r.periodId(), f.peopleGatheredPercent(),
                    f.membersActivePercent(), f.ratedGoodOrBetter(), f.branchesTotal(), f.branchesGoodOrBetter(),
                    f.officersTotal(), f.officersTrained(), f.modelInitiatives(), f.residentialAreasTotal(),
                    f.residentialAreasTypical(), f.residentialAreasModel(), f.difficultAreasSupported(),
                    r.submittedBy(), r.submittedAt()));
        });
        return figures;
    }

    private static int rank(String periodId) {
        return periodId.endsWith("-H1") ? 1 : periodId.endsWith("-H2") ? 2 : 3;
    }
}
