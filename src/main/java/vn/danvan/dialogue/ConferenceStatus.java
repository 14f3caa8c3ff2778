package vn.danvan.dialogue;

/** Where a conference stands. Officers see the Vietnamese label. */
public enum ConferenceStatus {
    DRAFT("Chờ duyệt kế hoạch"),
    PLANNED("Kế hoạch đã duyệt"),
    COLLECTING("Đang tiếp nhận câu hỏi"),
    PREPARING("Đang chuẩn bị trả lời"),
    HELD("Đã tổ chức hội nghị"),
    CONCLUDED("Đã thông báo kết luận, đang theo dõi cam kết"),
    CLOSED("Đã hoàn thành"),
    REJECTED("Kế hoạch không được duyệt");

    private final String label;

    ConferenceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Shown in officers' calendars: approved and not withdrawn. */
    boolean isScheduled() {
        return this != DRAFT && this != REJECTED;
    }
}
