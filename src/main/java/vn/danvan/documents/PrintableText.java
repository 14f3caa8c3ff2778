package vn.danvan.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes every text of a document's data printable as itself. Thymeleaf's {@code th:text} already
 * escapes markup, so {@code <script>} prints as those characters; control characters (which XML
 * cannot carry, not even escaped) and broken surrogates print as a visible code, {@code [U+0007]},
 * instead of failing the rendering or vanishing. Line breaks and tabs stay.
 */
final class PrintableText {

    private PrintableText() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n'); // line breaks as typed on any system
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean unprintable = !pair && (isControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF');
            if (unprintable && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (unprintable) {
                    out.append("[U+").append("%04X".formatted((int) c)).append(']');
                } else if (pair) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    out.append(c);
                }
            } else if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }

    /** Every string in a template's data, however deeply nested. */
    @SuppressWarnings("unchecked")
    static Object deep(Object value) {
        if (value instanceof String s) {
            return of(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deep(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(deep(v)));
            return copy;
        }
        return value;
    }
}
