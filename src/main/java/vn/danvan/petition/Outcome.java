package vn.danvan.petition;

import java.util.Arrays;

/** How a case ended at the level that handled it. Officers and citizens see the Vietnamese label. */
enum Outcome {
    UPHELD("Đơn đúng"),
    PARTLY_UPHELD("Đơn đúng một phần"),
    REJECTED("Đơn sai"),
    ANSWERED("Đã trả lời, giải thích"),
    REFUSED("Không thụ lý"),
    DUPLICATE("Đơn trùng"),
    RETURNED("Đã chuyển đơn vị có thẩm quyền");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static String labelOf(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst().map(Outcome::label)
                .orElse(name);
    }
}
