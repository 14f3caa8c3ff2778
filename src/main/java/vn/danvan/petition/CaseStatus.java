package vn.danvan.petition;

/** Where a case stands. Officers see the Vietnamese label. */
public enum CaseStatus {
    RECEIVED("Đã tiếp nhận"),
    CLASSIFIED("Đã phân loại"),
    IN_PROGRESS("Đang giải quyết tại xã"),
    FORWARDED("Đã chuyển lên cấp trên"),
    ACCEPTED("Đã thụ lý"),
    REFERRED("Đã báo cáo cấp ủy"),
    DIRECTED("Cấp ủy đã chỉ đạo"),
    RESOLVED("Đã có kết quả giải quyết"),
    REFUSED("Không thụ lý"),
    RETURNED("Đã chuyển đơn vị khác"),
    DUPLICATE("Đơn trùng"),
    CLOSED("Đã đóng hồ sơ");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED && this != DUPLICATE && this != RETURNED;
    }
}
