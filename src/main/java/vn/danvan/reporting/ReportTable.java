package vn.danvan.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danvan.reporting.PetitionFigures.ProcessingLine;
import vn.danvan.reporting.PetitionFigures.ResolutionLine;

/**
 * One statistical form of the report, as both renderings lay it out: the workbook's sheet and the PDF's
 * table have the same headers, lines and figures (one layout, two outputs).
 *
 * @param sheet the workbook sheet's name
 * @param form the form's number as printed ("Biểu số 01/TCD")
 * @param title the form's title
 * @param headers the column headers, "STT" and the line's label first
 */
record ReportTable(String sheet, String form, String title, List<String> headers, List<Line> lines) {

    /** A line: its label, whether it is the total, and one figure per column after the label (null: not kept). */
    record Line(String label, boolean total, List<Long> figures) {
    }

    /** The four forms of Circular 02/2021/TT-TTCP that danvan's cases fill (docs/reporting.md). */
    static List<ReportTable> of(PetitionFigures figures) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable("01-TCD", "Biểu số 01/TCD", "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN",
                List.of("STT", "Nội dung", "Số kỳ (ngày) tiếp", "Số lượt người được tiếp", "Số đơn, vụ việc tiếp nhận"),
                figures.reception().stream().map(l -> line(l.label(), l.key(), l.sessions(), l.citizens(), l.petitions()))
                        .toList()));
        tables.add(new ReportTable("01-XLD", "Biểu số 01/XLD", "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN",
                List.of("STT", "Loại đơn", "Kỳ trước chuyển sang", "Tiếp nhận trong kỳ", "Tổng số đơn", "Đã xử lý",
                        "Thuộc thẩm quyền", "Chuyển đơn đến cơ quan có thẩm quyền", "Đơn trùng, lưu đơn", "Chưa xử lý"),
                figures.processing().stream().map(ReportTable::processing).toList()));
        tables.add(resolution("01-KQGQ", "Biểu số 01/KQGQ", "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI", "Khiếu nại",
                figures.complaints()));
        tables.add(resolution("02-KQGQ", "Biểu số 02/KQGQ", "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO", "Tố cáo",
                figures.denunciations()));
        return tables;
    }

    private static ReportTable resolution(String sheet, String form, String title, String kind, List<ResolutionLine> lines) {
        return new ReportTable(sheet, form, title, List.of("STT", "Nội dung", "Kỳ trước chuyển sang", "Thụ lý trong kỳ",
                "Tổng số vụ việc phải giải quyết", "Đã giải quyết", kind + " đúng", kind + " đúng một phần", kind + " sai",
                "Kết quả khác (trả lời, giải thích)", "Giải quyết đúng hạn", "Giải quyết quá hạn", "Đang giải quyết",
                "Trong đó: quá hạn"),
                lines.stream().map(l -> line(l.label(), l.key(), l.carriedOver(), l.accepted(), l.total(), l.resolved(),
                        l.upheld(), l.partlyUpheld(), l.rejected(), l.otherOutcome(), l.onTime(), l.late(), l.pending(),
                        l.pendingLate())).toList());
    }

    private static Line processing(ProcessingLine l) {
        return line(l.label(), l.key(), l.carriedOver(), l.received(), l.total(), l.processed(), l.withinAuthority(),
                l.transferred(), l.duplicates(), l.unprocessed());
    }

    private static Line line(String label, String key, Long... figures) {
        return new Line(label, PetitionFigures.TOTAL.equals(key), Arrays.asList(figures));
    }

    /** For the PDF's template: plain maps and strings (a figure not kept prints as an empty cell). */
    Map<String, Object> asData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("form", form);
        data.put("title", title);
        data.put("headers", headers);
        List<Map<String, Object>> rows = new ArrayList<>();
        int number = 1;
        for (Line line : lines) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", line.total() ? "" : String.valueOf(number++));
            row.put("label", line.label());
            row.put("total", line.total());
            row.put("figures", line.figures().stream().map(f -> f == null ? "" : String.valueOf(f)).toList());
            rows.add(row);
        }
        data.put("rows", rows);
        return data;
    }
}
