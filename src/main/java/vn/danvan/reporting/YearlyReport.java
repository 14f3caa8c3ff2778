package vn.danvan.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Caller;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.CaseStatus;

/**
 * The standing committee's yearly report on the resolution (its section III.3: the mass-mobilisation
 * commission follows the resolution and reports to the standing committee): the scorecard of section
 * II.2.2, the year's petition statistics (Circular 02/2021/TT-TTCP, the year's period) and the notable
 * cases, in one PDF.
 */
@Component
class YearlyReport {

    private final ScorecardSection scorecard;
    private final PetitionStatistics statistics;
    private final NotableCases notable;
    private final UnitDirectory units;
    private final ReportTemplates templates;

    YearlyReport(ScorecardSection scorecard, PetitionStatistics statistics, NotableCases notable, UnitDirectory units,
            ReportTemplates templates) {
        this.scorecard = scorecard;
        this.statistics = statistics;
        this.notable = notable;
        this.units = units;
        this.templates = templates;
    }

    byte[] render(int year, Caller caller) {
        ReportPeriod period = ReportPeriod.year(year);
        ReportHeading heading = ReportHeading.of(caller, LocalDate.now(ReportPeriod.VIETNAM));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unit", heading.unit().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        data.put("dated", heading.dated());
        data.put("year", String.valueOf(year));
        data.put("title", "BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT VỀ ĐỔI MỚI NỘI DUNG, PHƯƠNG THỨC HOẠT ĐỘNG CỦA MẶT TRẬN "
                + "TỔ QUỐC VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ - XÃ HỘI NĂM " + year);
        data.put("scope", ReportHeading.scope(caller) + ".");
        Optional<List<Map<String, Object>>> card = scorecard.lines(year, caller);
        data.put("scorecardAvailable", card.isPresent());
        data.put("scorecard", card.orElse(List.of()));
        data.put("periodText", "Số liệu " + period.range() + " (kỳ báo cáo năm theo Thông tư số 02/2021/TT-TTCP).");
        data.put("sections", PetitionReports.SECTIONS);
        data.put("tables", ReportTable.of(statistics.of(period, caller.scope())).stream().map(ReportTable::asData).toList());
        List<NotableCases.NotableCase> cases = notable.of(period, caller.scope());
        data.put("notable", cases.stream().map(this::row).toList());
        data.put("notableLimited", cases.size() >= NotableCases.LIMIT);
        return templates.pdf(ReportTemplates.YEARLY_REPORT, data);
    }

    private Map<String, Object> row(NotableCases.NotableCase c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("caseId", c.caseId());
        row.put("type", c.type());
        row.put("unit", units.findAny(c.unit()).map(Unit::name).orElse(c.unit()));
        row.put("subject", c.subject());
        row.put("status", CaseStatus.valueOf(c.status()).label());
        row.put("reasons", String.join("; ", c.reasons()));
        return row;
    }
}
