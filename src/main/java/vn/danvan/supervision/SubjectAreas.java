package vn.danvan.supervision;

import java.util.Map;

/** Vietnamese names of the petition subject areas, for proposals officers read. */
final class SubjectAreas {

    private static final Map<String, String> LABELS = Map.of(
            "LAND", "Đất đai, nhà ở", "ENVIRONMENT", "Môi trường", "SOCIAL_POLICY", "Chính sách xã hội",
            "OFFICIAL_CONDUCT", "Thái độ, trách nhiệm cán bộ", "INFRASTRUCTURE", "Hạ tầng, giao thông",
            "SECURITY_ORDER", "An ninh, trật tự", "ECONOMY", "Kinh tế, sản xuất", "OTHER", "Lĩnh vực khác");

    private SubjectAreas() {
    }

    static String label(String area) {
        return LABELS.getOrDefault(area, area);
    }
}
