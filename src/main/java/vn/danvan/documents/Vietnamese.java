package vn.danvan.documents;

import java.util.Locale;

/** Case and initials of Vietnamese names, for the defaults of an issuing body. */
final class Vietnamese {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String[] PLACE_PREFIXES = {"Thị trấn ", "Phường ", "Xã "};

    private Vietnamese() {
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(VI);
    }

    static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }

    static String capitalise(String text) {
        return text == null || text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VI) + text.substring(1);
    }

    /** "Xã Hiệp An" is at Hiệp An: the date line names the place without its administrative kind. */
    static String placeOf(String communeName) {
        for (String prefix : PLACE_PREFIXES) {
            if (communeName.startsWith(prefix)) {
                return communeName.substring(prefix.length());
            }
        }
        return communeName;
    }

    /**
     * The initials of a body's name before its place ("Hội Nông dân huyện Đức Trọng" is HND), as
     * offices abbreviate it in numbers; a body named only by its place keeps every initial.
     */
    static String initials(String name) {
        StringBuilder all = new StringBuilder();
        StringBuilder beforePlace = new StringBuilder();
        boolean place = false;
        for (String word : name.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(VI);
            if (all.length() > 0 && (lower.equals("huyện") || lower.equals("xã") || lower.equals("tỉnh")
                    || lower.equals("thị") || lower.equals("phường"))) {
                place = true;
            }
            // abbreviations drop the tone and vowel marks but keep Đ, a letter of its own: Đảng ủy is ĐU
            String initial = java.text.Normalizer.normalize(word.substring(0, 1), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toUpperCase(VI);
            all.append(initial);
            if (!place) {
                beforePlace.append(initial);
            }
        }
        return beforePlace.length() >= 2 ? beforePlace.toString() : all.toString();
    }
}
