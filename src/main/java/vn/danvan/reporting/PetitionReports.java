package vn.danvan.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Caller;

/** The periodic petition report of a period for a caller, as a workbook or a PDF. */
@Component
class PetitionReports {

    static final List<String> SECTIONS = List.of("I", "II", "III", "IV", "V", "VI");

    private final PetitionStatistics statistics;
    private final PetitionReportXlsx xlsx;
    private final ReportTemplates templates;

    PetitionReports(PetitionStatistics statistics, PetitionReportXlsx xlsx, ReportTemplates templates) {
        this.statistics = statistics;
        this.xlsx = xlsx;
        this.templates = templates;
    }

    byte[] render(ReportPeriod period, ReportFormat format, Caller caller) {
        PetitionFigures figures = statistics.of(period, caller.scope());
        List<ReportTable> tables = ReportTable.of(figures);
        ReportHeading heading = ReportHeading.of(caller, LocalDate.now(ReportPeriod.VIETNAM));
        if (format == ReportFormat.XLSX) {
            return xlsx.write(tables, heading.unit(), period);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unit", heading.unit().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        data.put("dated", heading.dated());
        data.put("title", "BÁO CÁO KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO "
                + period.label().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        data.put("periodText", "Kỳ báo cáo: " + period.label() + " (số liệu " + period.range() + "). "
                + ReportHeading.scope(caller) + ".");
        data.put("sections", SECTIONS);
        data.put("tables", tables.stream().map(ReportTable::asData).toList());
        data.put("note", "Số liệu tổng hợp từ hồ sơ trên hệ thống danvan theo Thông tư số 02/2021/TT-TTCP; "
                + "đúng hạn: giải quyết khi chưa quá thời hạn luật định.");
        return templates.pdf(ReportTemplates.PETITION_REPORT, data);
    }
}
