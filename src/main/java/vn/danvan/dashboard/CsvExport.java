package vn.danvan.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.UnitScope;

/**
 * The filtered case list as CSV for Excel: UTF-8 with a byte-order mark so Excel reads Vietnamese
 * correctly, Vietnamese headers, dates in Vietnam's time, and cells that cannot start a formula.
 * Rows are streamed, so a large export does not sit in memory. The read model holds no personal data,
 * so no export can leak a petitioner or a denouncer.
 */
@Component
class CsvExport {

    static final String BOM = "\uFEFF";
    private static final String[] HEADERS = {"Mã hồ sơ", "Đơn vị tiếp nhận", "Cấp đang xử lý", "Đơn vị đang xử lý",
        "Trạng thái", "Tình trạng hạn", "Loại đơn", "Lĩnh vực", "Hình thức", "Kết quả", "Ngày nhận", "Hạn xử lý",
        "Ngày đóng", "Số lần báo quá hạn"};
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(CaseRow.VIETNAM);

    private final NamedParameterJdbcTemplate jdbc;

    CsvExport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(CaseFilter filter, UnitScope scope, Writer out) throws IOException {
        CaseFilter.Condition where = filter.condition(scope, false);
        out.write(BOM);
        out.write(String.join(",", HEADERS));
        out.write("\r\n");
        jdbc.query("""
                SELECT case_id, origin_unit, current_level, current_unit, status, state, case_type, subject_area,
                       channel, outcome, received_at, due_at, closed_at, escalations
                FROM dash_case WHERE %s ORDER BY received_at DESC, case_id""".formatted(where.sql()),
                where.params(), (ResultSet rs) -> {
                    try {
                        out.write(String.join(",", cell(rs.getString(1)), cell(rs.getString(2)), cell(rs.getString(3)),
                                cell(rs.getString(4)), cell(rs.getString(5)), cell(rs.getString(6)),
                                cell(rs.getString(7)), cell(rs.getString(8)), cell(rs.getString(9)),
                                cell(rs.getString(10)), date(rs.getTimestamp(11)), date(rs.getTimestamp(12)),
                                date(rs.getTimestamp(13)), cell(rs.getString(14))));
                        out.write("\r\n");
                    } catch (IOException e) {
                        throw new SQLException("Export interrupted", e);
                    }
                });
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // never a formula in the officer's spreadsheet
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String date(Timestamp value) {
        return value == null ? "" : SHOWN.format(value.toInstant());
    }
}
