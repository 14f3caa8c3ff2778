package vn.danvan.notification;

import java.util.Map;
import vn.danvan.messaging.contract.EventType;

/**
 * What the citizen is told at each step, in Vietnamese: a short status for SMS and Zalo, and a
 * subject and text for e-mail, always with the status page where the case's papers are.
 */
record CitizenMessage(String trackingCode, String status, String subject, String text, String link) {

    private static final Map<EventType, String> STATUS = Map.of(
            EventType.CASE_RECEIVED, "đã được tiếp nhận",
            EventType.CASE_ACCEPTED, "đã được thụ lý giải quyết",
            EventType.CASE_REFUSED, "không được thụ lý (xem lý do trong thông báo)",
            EventType.CASE_FORWARDED, "đã được chuyển lên cấp trên giải quyết",
            EventType.CASE_RETURNED, "đã được chuyển đến cơ quan có thẩm quyền",
            EventType.CASE_EXTENDED, "được gia hạn thời hạn giải quyết",
            EventType.CASE_RESOLVED, "đã có kết quả giải quyết",
            EventType.CASE_CLOSED, "đã hoàn tất; mời ông/bà đánh giá kết quả",
            // a question about the petition, left unanswered at a dialogue conference (danvan.dialogues)
            EventType.DIALOGUE_QUESTION_ANSWERED_IN_WRITING, "đã được trả lời bằng văn bản sau hội nghị đối thoại");

    static boolean tells(EventType type) {
        return STATUS.containsKey(type);
    }

    static CitizenMessage of(EventType type, String trackingCode, String link) {
        return of(type, trackingCode, link, null);
    }

    /** @param detail a sentence more, e.g. the number and date of the answering document (null: none) */
    static CitizenMessage of(EventType type, String trackingCode, String link, String detail) {
        String status = STATUS.get(type);
        String subject = "Đơn " + trackingCode + " " + status;
        String text = """
                Kính gửi ông/bà,

                Đơn của ông/bà, mã tra cứu %s, %s.
                %s
                Tình trạng hồ sơ, các bước xử lý và văn bản gửi ông/bà: %s

                Đây là thư tự động của hệ thống danvan; ông/bà nhận được vì đã đồng ý nhận thông tin về hồ sơ
                khi gửi đơn. Vui lòng không trả lời thư này.
                """.formatted(trackingCode, status, detail == null ? "" : detail + "\n", link);
        return new CitizenMessage(trackingCode, status, subject, text, link);
    }

    /** The SMS or Zalo text from a configured template. */
    String fill(String template) {
        return template.replace("{trackingCode}", trackingCode).replace("{status}", status).replace("{link}", link);
    }
}
