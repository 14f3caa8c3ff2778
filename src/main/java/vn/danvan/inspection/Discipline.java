package vn.danvan.inspection;

/**
 * The forms of discipline of a Party member (Party Charter, art. 35; Quy định 69-QĐ/TW), and the
 * committee's decision not to discipline.
 */
public enum Discipline {
    KHIEN_TRACH("Khiển trách"),
    CANH_CAO("Cảnh cáo"),
    CACH_CHUC("Cách chức"),
    KHAI_TRU("Khai trừ"),
    /** only as the committee's decision: no discipline */
    NONE("Không kỷ luật");

    private final String label;

    Discipline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Discipline parse(String value, String field) {
        try {
            return valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new vn.danvan.platform.engine.StepRejectedException(
                    "Hình thức kỷ luật không hợp lệ (" + field + "): " + value);
        }
    }
}
