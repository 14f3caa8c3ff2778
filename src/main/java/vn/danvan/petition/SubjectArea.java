package vn.danvan.petition;

import java.util.Arrays;

/**
 * The subject areas an officer classifies a petition in (the classify form's list); their
 * Vietnamese names for officers and citizens.
 */
public enum SubjectArea {
    LAND("Đất đai, nhà ở"),
    ENVIRONMENT("Môi trường"),
    SOCIAL_POLICY("Chính sách xã hội"),
    OFFICIAL_CONDUCT("Thái độ, trách nhiệm cán bộ"),
    INFRASTRUCTURE("Hạ tầng, giao thông"),
    SECURITY_ORDER("An ninh, trật tự"),
    ECONOMY("Kinh tế, sản xuất"),
    OTHER("Lĩnh vực khác");

    private final String label;

    SubjectArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name of an area's code, or the code itself when it names no area. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(area -> area.name().equals(code)).findFirst().map(SubjectArea::label)
                .orElse(code);
    }
}
