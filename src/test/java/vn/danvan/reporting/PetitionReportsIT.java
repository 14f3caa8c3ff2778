package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.PdfReading;
import vn.danvan.support.Petitions;
import vn.danvan.support.SeedAccounts;

/**
 * The periodic petition report from cases made through the real doors: petitions filed on
 * {@code POST /api/petitions} at Tà Năng and worked through the commune's and the district's tasks, then
 * the report of the quarter they fall in, read back with POI (the workbook) and PDFBox (the PDF). The
 * expected figures are counted from the cases this test made: the report before them is the baseline,
 * since other tests' cases share the database.
 */
@DanvanIntegrationTest
class PetitionReportsIT {

    static final String UNIT = "tanang";
    static final String OFFICER = "tanangbaocao1";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    Http http;
    CaseDriver driver;

    /** What the test did with each case it made: the report must say the same. */
    record Made(String caseId, String type, boolean walkIn, boolean processed, boolean accepted, String outcome,
            boolean partyMember) {
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
        driver = new CaseDriver(engine);
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(OFFICER).count() == 0) {
            User user = identity.newUser(OFFICER);
            user.setFirstName("Cán bộ");
            user.setLastName("Tà Năng");
            user.setPassword("demo");
            SeedAccounts.save(identity, user);
            identity.createMembership(OFFICER, UNIT);
        }
    }

    @Test
    void theQuarterlyWorkbookAndPdfCountTheCasesMadeThroughTheDoors() throws Exception {
        ReportPeriod quarter = ReportPeriod.quarterOf(LocalDate.now(ReportPeriod.VIETNAM));
        String path = "/api/reports/petitions?period=" + quarter.name() + "&format=xlsx";
        Workbook unitBefore = workbook(path, OFFICER);
        Workbook otherBefore = workbook(path, "hiepan1");

        List<Made> made = new ArrayList<>();
        // a feedback the commune answers itself
        String feedback = submit(Petitions.json(UNIT, "Đèn chiếu sáng hỏng ở thôn 3"));
        driver.complete(feedback, "UserTaskClassifyPetition", CaseDriver.classification("FEEDBACK", "ENVIRONMENT", false, false));
        driver.complete(feedback, "UserTaskDecideHandling", Map.of("handling", "LOCAL"));
        driver.complete(feedback, "UserTaskResolveLocally", Map.of("verificationNotes", "Đã kiểm tra",
                "outcome", "ANSWERED", "conclusion", "Đã thay bóng đèn"));
        driver.complete(feedback, "UserTaskInformCitizen", Map.of("notificationMethod", "DIRECT"));
        made.add(new Made(feedback, "FEEDBACK", false, true, true, "ANSWERED", false));
        // a complaint the district accepts and resolves
        String complaint = submit(Petitions.json(UNIT, "Khiếu nại quyết định bồi thường đất"));
        driver.complete(complaint, "UserTaskClassifyPetition", CaseDriver.classification("COMPLAINT", "LAND", false, true));
        driver.complete(complaint, "UserTaskDecideHandling", Map.of("handling", "FORWARD",
                "forwardReason", "Quyết định do UBND huyện ban hành"));
        driver.complete(complaint, "UserTaskAcceptCase", Map.of("acceptance", "ACCEPT"));
        driver.complete(complaint, "UserTaskResolveCase", Map.of("resolution", "RESOLVE", "outcome", "PARTLY_UPHELD",
                "conclusion", "Điều chỉnh mức bồi thường", "decisionNumber", "77/QĐ-UBND"));
        made.add(new Made(complaint, "COMPLAINT", false, true, true, "PARTLY_UPHELD", false));
        // a denunciation of a commune official, resolved by the commune
        String denunciation = submit(Petitions.json(UNIT, "Tố cáo cán bộ địa chính xã"));
        driver.complete(denunciation, "UserTaskClassifyPetition", denunciation("COMMUNE_OFFICIAL"));
        driver.complete(denunciation, "UserTaskDecideHandling", Map.of("handling", "LOCAL"));
        driver.complete(denunciation, "UserTaskResolveLocally", Map.of("verificationNotes", "Đã làm việc với cán bộ",
                "outcome", "UPHELD", "conclusion", "Kiểm điểm cán bộ địa chính"));
        made.add(new Made(denunciation, "DENUNCIATION", false, true, true, "UPHELD", false));
        // a denunciation of a Party member, classified and waiting for the commune's decision
        String member = submit(Petitions.json(UNIT, "Tố cáo đảng viên vi phạm quy định"));
        driver.complete(member, "UserTaskClassifyPetition", denunciation("PARTY_MEMBER"));
        driver.awaitTask(member, "UserTaskDecideHandling");
        made.add(new Made(member, "DENUNCIATION", false, true, false, null, true));
        // a complaint brought in person and not yet classified
        String walkIn = submit(Petitions.json(UNIT, "Khiếu nại việc cấp giấy chứng nhận", "COMPLAINT")
                .replace("\"channel\": \"ONLINE\"", "\"channel\": \"WALK_IN\""));
        made.add(new Made(walkIn, "COMPLAINT", true, false, false, null, false));

        Workbook unitAfter = workbook(path, OFFICER);
        // citizen reception: the walk-in petition is a citizen received at the commune
        long walkIns = made.stream().filter(Made::walkIn).count();
        assertThat(unitAfter.delta(unitBefore, "01-TCD", "Tổng cộng", "Số lượt người được tiếp")).isEqualTo(walkIns);
        assertThat(unitAfter.delta(unitBefore, "01-TCD", "Tổng cộng", "Số đơn, vụ việc tiếp nhận")).isEqualTo(walkIns);
        // processing: every case received, by type; processed = classified
        assertThat(unitAfter.delta(unitBefore, "01-XLD", "Tổng cộng", "Tiếp nhận trong kỳ")).isEqualTo(made.size());
        assertThat(unitAfter.delta(unitBefore, "01-XLD", "Tổng cộng", "Đã xử lý"))
                .isEqualTo(made.stream().filter(Made::processed).count());
        assertThat(unitAfter.delta(unitBefore, "01-XLD", "Tổng cộng", "Chưa xử lý"))
                .isEqualTo(made.stream().filter(m -> !m.processed()).count());
        for (var type : Map.of("Khiếu nại", "COMPLAINT", "Tố cáo", "DENUNCIATION", "Phản ánh", "FEEDBACK").entrySet()) {
            assertThat(unitAfter.delta(unitBefore, "01-XLD", type.getKey(), "Tiếp nhận trong kỳ")).as(type.getKey())
                    .isEqualTo(made.stream().filter(m -> m.type().equals(type.getValue())).count());
        }
        // complaints and denunciations: accepted, resolved by result, on time
        assertResolution(unitBefore, unitAfter, "01-KQGQ", "Tổng cộng", "Khiếu nại", made, "COMPLAINT");
        assertResolution(unitBefore, unitAfter, "02-KQGQ", "Tố cáo", "Tố cáo", made, "DENUNCIATION");
        // another commune's officer sees none of it
        Workbook otherAfter = workbook(path, "hiepan1");
        assertThat(otherAfter.delta(otherBefore, "01-XLD", "Tổng cộng", "Tiếp nhận trong kỳ")).isZero();
        // the district sees at least the commune's figures
        assertThat(workbook(path, "huyen1").value("01-XLD", "Tổng cộng", "Tổng số đơn"))
                .isGreaterThanOrEqualTo(unitAfter.value("01-XLD", "Tổng cộng", "Tổng số đơn"));

        // the same report as PDF: it opens, with the Vietnamese headings and the commune's totals
        HttpResponse<byte[]> pdf = http.getBytes("/api/reports/petitions?period=" + quarter.name() + "&format=pdf",
                OFFICER, "demo");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        String text = PdfReading.flatText(pdf.body());
        assertThat(text).contains("BÁO CÁO KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO")
                .contains("TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN").contains("TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN")
                .contains("TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI").contains("TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO")
                .contains("Trong đó: tố cáo đảng viên").contains(quarter.label());
        assertThat(PdfReading.fonts(pdf.body())).allSatisfy(font -> assertThat(font).endsWith("embedded=true"));

        // the yearly report lists the denunciation of a Party member among the notable cases
        HttpResponse<byte[]> yearly = http.getBytes("/api/reports/yearly?year=" + quarter.year() + "&format=pdf",
                OFFICER, "demo");
        assertThat(yearly.statusCode()).isEqualTo(200);
        String yearlyText = PdfReading.flatText(yearly.body());
        assertThat(yearlyText).contains("BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT").contains("Kính gửi: Ban Thường vụ Huyện ủy")
                .contains("CÁC VỤ VIỆC CẦN LƯU Ý").contains("TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI");
        // listed because it is about a Party member; the feedback answered in time is not notable
        assertThat(yearlyText).contains(member).doesNotContain(feedback);

        // the committee's copy carries the scorecard of the resolution's targets, district-wide lines included
        HttpResponse<byte[]> committee = http.getBytes("/api/reports/yearly?year=" + quarter.year() + "&format=pdf",
                "huyenuy1", "demo");
        assertThat(committee.statusCode()).isEqualTo(200);
        assertThat(PdfReading.flatText(committee.body())).contains("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU").contains("Toàn huyện")
                .doesNotContain("Chưa có số liệu bảng chỉ tiêu");
    }

    @Test
    void anUnknownPeriodYearOrFormatIsRefusedNamingIt() throws Exception {
        assertRefused("/api/reports/petitions?period=2026-Q5&format=xlsx", "period", "2026-Q5");
        assertRefused("/api/reports/petitions?period=2026-12&format=pdf", "period", "2026-12");
        assertRefused("/api/reports/petitions?period=2026-Q4&format=docx", "format", "docx");
        assertRefused("/api/reports/petitions?format=pdf", "period", "missing");
        assertRefused("/api/reports/yearly?year=20x6&format=pdf", "year", "20x6");
        assertRefused("/api/reports/yearly?year=2026&format=xlsx", "format", "xlsx");
        assertThat(http.get("/api/reports/petitions?period=2026-Q4&format=pdf").statusCode()).isEqualTo(401);
    }

    private void assertRefused(String path, String field, String named) throws IOException {
        HttpResponse<String> response = http.get(path, "huyen1", "demo");
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(response.body()).contains(named);
    }

    private void assertResolution(Workbook before, Workbook after, String sheet, String line, String kind,
            List<Made> made, String type) {
        List<Made> accepted = made.stream().filter(m -> m.type().equals(type) && m.accepted()).toList();
        long resolved = accepted.stream().filter(m -> m.outcome() != null).count();
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put(kind + " đúng", "UPHELD");
        outcomes.put(kind + " đúng một phần", "PARTLY_UPHELD");
        outcomes.put(kind + " sai", "REJECTED");
        assertThat(after.delta(before, sheet, line, "Thụ lý trong kỳ")).as(sheet).isEqualTo(accepted.size());
        assertThat(after.delta(before, sheet, line, "Đã giải quyết")).as(sheet).isEqualTo(resolved);
        outcomes.forEach((column, outcome) -> assertThat(after.delta(before, sheet, line, column)).as(column)
                .isEqualTo(accepted.stream().filter(m -> outcome.equals(m.outcome())).count()));
        // nothing went past a deadline: every resolution is on time
        assertThat(after.delta(before, sheet, line, "Giải quyết đúng hạn")).as(sheet).isEqualTo(resolved);
        assertThat(after.delta(before, sheet, line, "Giải quyết quá hạn")).as(sheet).isZero();
        assertThat(after.delta(before, sheet, line, "Đang giải quyết")).as(sheet).isEqualTo(accepted.size() - resolved);
    }

    private static Map<String, Object> denunciation(String denounced) {
        Map<String, Object> form = new HashMap<>(CaseDriver.classification("DENUNCIATION", "OFFICIAL_CONDUCT", false, false));
        form.put("denouncedPerson", denounced);
        return form;
    }

    private String submit(String json) throws IOException {
        HttpResponse<String> response = http.postJson("/api/petitions", json, "admin", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("caseId").asText();
    }

    private Workbook workbook(String path, String user) throws IOException {
        HttpResponse<byte[]> response = http.getBytes(path, user, "demo");
        assertThat(response.statusCode()).as(path + " as " + user).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            return Workbook.read(book);
        }
    }

    /** The figures of each sheet, by line label and column header, as an office reading the file finds them. */
    record Workbook(Map<String, Map<String, Map<String, Long>>> sheets) {

        static Workbook read(XSSFWorkbook book) {
            Map<String, Map<String, Map<String, Long>>> sheets = new LinkedHashMap<>();
            for (Sheet sheet : book) {
                Row header = sheet.getRow(PetitionReportXlsx.HEADER_ROW);
                Map<String, Map<String, Long>> lines = new LinkedHashMap<>();
                for (int r = PetitionReportXlsx.HEADER_ROW + 2; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    Map<String, Long> figures = new LinkedHashMap<>();
                    for (int c = 2; c < header.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                            figures.put(header.getCell(c).getStringCellValue(), (long) cell.getNumericCellValue());
                        }
                    }
                    lines.put(row.getCell(1).getStringCellValue(), figures);
                }
                sheets.put(sheet.getSheetName(), lines);
            }
            return new Workbook(sheets);
        }

        long value(String sheet, String line, String column) {
            Long value = sheets.getOrDefault(sheet, Map.of()).getOrDefault(line, Map.of()).get(column);
            assertThat(value).as(sheet + " / " + line + " / " + column).isNotNull();
            return value;
        }

        long delta(Workbook before, String sheet, String line, String column) {
            return value(sheet, line, column) - before.value(sheet, line, column);
        }
    }
}
