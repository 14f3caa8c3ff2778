package vn.danvan.documents;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The documents' renderer for papers that are not registered documents (periodic reports): an XHTML
 * Thymeleaf template that the calling module owns, printed as PDF/A with the same embedded Liberation
 * Serif, so Vietnamese prints the same as on every document. Nothing is numbered or stored.
 */
@Component
public class PdfPrinter {

    /** Names of report templates among the renderer's cached sources: apart from documents' versions. */
    private static final String PREFIX = "print:";

    private final DocumentRenderer renderer;

    PdfPrinter(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @param name a stable name of the template (its parsed form is cached under it: one name, one source)
     * @param source the XHTML template (Thymeleaf XML mode; data printed with {@code th:text} is escaped)
     */
    public byte[] print(String name, String source, Map<String, Object> data) {
        return renderer.pdf(renderer.html(PREFIX + name, source, data));
    }
}
