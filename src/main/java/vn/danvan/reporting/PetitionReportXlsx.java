package vn.danvan.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The periodic petition report as a workbook in the layout of Circular 02/2021/TT-TTCP's statistical
 * forms ({@link ReportTable}): one sheet per form (citizen reception, processing of petitions,
 * resolution of complaints, of denunciations), each with the reporting unit, the form's number, its
 * title, the period, the column headers, the column numbers and the lines; figures are numbers, not
 * text, so offices can add them up.
 * docs/reporting.md says which form numbers and columns are still to be checked against the circular.
 */
@Component
class PetitionReportXlsx {

    /** The header rows, then the headers' row, the column numbers' row and the lines. */
    static final int HEADER_ROW = 4;

    byte[] write(List<ReportTable> tables, String reportingUnit, ReportPeriod period) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            for (ReportTable table : tables) {
                lines(sheet(book, styles, table, period, reportingUnit), styles, table.lines());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook book, Styles styles, ReportTable table, ReportPeriod period,
            String reportingUnit) {
        Sheet sheet = book.createSheet(table.sheet());
        List<String> headers = table.headers();
        int last = headers.size() - 1;
        Row top = sheet.createRow(0);
        text(top, 0, reportingUnit.toUpperCase(java.util.Locale.forLanguageTag("vi")), styles.bold);
        text(top, last, table.form(), styles.bold);
        text(sheet.createRow(1), 0, table.title(), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        text(sheet.createRow(2), 0, "Kỳ báo cáo: " + period.label() + " (số liệu " + period.range() + ")", styles.centre);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));
        Row header = sheet.createRow(HEADER_ROW);
        Row numbers = sheet.createRow(HEADER_ROW + 1);
        for (int i = 0; i < headers.size(); i++) {
            text(header, i, headers.get(i), styles.header);
            text(numbers, i, "(" + (i + 1) + ")", styles.header);
            sheet.setColumnWidth(i, i == 0 ? 6 * 256 : i == 1 ? 50 * 256 : 16 * 256);
        }
        header.setHeightInPoints(48);
        return sheet;
    }

    private static void lines(Sheet sheet, Styles styles, List<ReportTable.Line> lines) {
        int rowIndex = HEADER_ROW + 2;
        int number = 1;
        for (ReportTable.Line line : lines) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, line.total() ? "" : String.valueOf(number++), line.total() ? styles.totalText : styles.text);
            text(row, 1, line.label(), line.total() ? styles.totalText : styles.text);
            for (int i = 0; i < line.figures().size(); i++) {
                var cell = row.createCell(i + 2);
                cell.setCellStyle(line.total() ? styles.totalNumber : styles.number);
                if (line.figures().get(i) != null) {
                    cell.setCellValue(line.figures().get(i));
                }
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few styles of the forms: Times New Roman as offices print them, bordered table cells. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle title;
        final CellStyle centre;
        final CellStyle header;
        final CellStyle text;
        final CellStyle totalText;
        final CellStyle number;
        final CellStyle totalNumber;

        Styles(XSSFWorkbook book) {
            Font plain = font(book, false);
            Font strong = font(book, true);
            bold = style(book, strong, HorizontalAlignment.LEFT, false);
            title = style(book, strong, HorizontalAlignment.CENTER, false);
            centre = style(book, plain, HorizontalAlignment.CENTER, false);
            header = style(book, strong, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            text = style(book, plain, HorizontalAlignment.LEFT, true);
            totalText = style(book, strong, HorizontalAlignment.LEFT, true);
            number = style(book, plain, HorizontalAlignment.RIGHT, true);
            totalNumber = style(book, strong, HorizontalAlignment.RIGHT, true);
        }

        private static Font font(XSSFWorkbook book, boolean bold) {
            Font font = book.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 12);
            font.setBold(bold);
            return font;
        }

        private static CellStyle style(XSSFWorkbook book, Font font, HorizontalAlignment align, boolean bordered) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
