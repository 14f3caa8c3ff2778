package vn.danvan.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.danvan.platform.engine.StepSupport;

/** How documents write dates and codes in Vietnamese, following Decree 30/2020/ND-CP. */
final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");

    private static final Map<String, String> CHANNELS = Map.of("WALK_IN", "Trực tiếp tại nơi tiếp công dân",
            "MAIL", "Qua dịch vụ bưu chính", "HOTLINE", "Qua đường dây nóng", "ONLINE", "Trực tuyến",
            "FORWARDED", "Do cơ quan, tổ chức khác chuyển đến");
    private static final Map<String, String> CASE_TYPES = Map.of("COMPLAINT", "Khiếu nại", "DENUNCIATION", "Tố cáo",
            "RECOMMENDATION", "Kiến nghị", "FEEDBACK", "Phản ánh");

    private Wording() {
    }

    /**
     * "Hiệp An, ngày 05 tháng 02 năm 2026": days below 10 and the months January and February take a
     * leading zero (Decree 30/2020, appendix I).
     */
    static String placeAndDate(String place, Instant at) {
        LocalDate day = at.atZone(StepSupport.VIETNAM).toLocalDate();
        String month = day.getMonthValue() <= 2 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
        return "%s, ngày %02d tháng %s năm %d".formatted(place, day.getDayOfMonth(), month, day.getYear());
    }

    /** Numbers below 10 take a leading zero: "Số: 05/TB-UBND". */
    static String number(int sequence, String symbol, String abbreviation, boolean party) {
        String n = "%02d".formatted(sequence);
        // Party bodies write "Số 05-TB/HU" (Hướng dẫn 36-HD/VPTW), the State's "Số: 05/TB-UBND"
        return party ? n + "-" + symbol + "/" + abbreviation : n + "/" + symbol + "-" + abbreviation;
    }

    static String date(Instant at) {
        return at == null ? null : DATE.format(at.atZone(StepSupport.VIETNAM));
    }

    static String date(LocalDate day) {
        return day == null ? null : DATE.format(day);
    }

    static String dateTime(Instant at) {
        return at == null ? null : DATE_TIME.format(at.atZone(StepSupport.VIETNAM));
    }

    static int year(Instant at) {
        return ZonedDateTime.ofInstant(at, StepSupport.VIETNAM).getYear();
    }

    static String channel(String code) {
        return code == null ? null : CHANNELS.getOrDefault(code, code);
    }

    static String caseType(String code) {
        return code == null ? "Chưa phân loại" : CASE_TYPES.getOrDefault(code, code);
    }
}
