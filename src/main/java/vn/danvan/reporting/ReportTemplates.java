package vn.danvan.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.danvan.documents.PdfPrinter;

/**
 * The reports' XHTML templates ({@code reporting/*.html}, read once) printed to PDF by the documents'
 * renderer: the same embedded font, so every Vietnamese diacritic prints.
 */
@Component
class ReportTemplates {

    static final String PETITION_REPORT = "petition-report";
    static final String YEARLY_REPORT = "yearly-report";

    private final PdfPrinter printer;
    private final Map<String, String> sources;

    ReportTemplates(PdfPrinter printer) {
        this.printer = printer;
        this.sources = Map.of(PETITION_REPORT, read(PETITION_REPORT), YEARLY_REPORT, read(YEARLY_REPORT));
    }

    byte[] pdf(String template, Map<String, Object> data) {
        return printer.print("reporting/" + template, sources.get(template), data);
    }

    private static String read(String name) {
        try (InputStream in = new ClassPathResource("reporting/" + name + ".html").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Report template " + name + " missing from the application", e);
        }
    }
}
