package vn.danvan.documents;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Template and data to PDF: Thymeleaf (XML mode, text always escaped) writes XHTML, openhtmltopdf
 * lays it out on PDFBox as PDF/A-2b with Liberation Serif embedded as subsets, so every Vietnamese
 * diacritic prints the same everywhere. A document may use nothing outside itself but {@code data:}
 * images (the QR code): no file, no network.
 */
@Component
class DocumentRenderer {

    static final String FONT_FAMILY = "Liberation Serif";
    private static final String FONTS = "documents/fonts/LiberationSerif-";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf narrates every render at INFO (fonts loaded, selectors matched): warnings only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, java.util.logging.Level.WARNING));
    }

    private final TemplateEngine thymeleaf = new TemplateEngine();
    private final TemplateSources sources = new TemplateSources();
    private final Map<String, byte[]> fonts;
    // font metrics parsed once, not per document (the cache is thread-safe)
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    DocumentRenderer() {
        thymeleaf.setTemplateResolver(sources);
        fonts = Map.of("Regular", font("Regular"), "Bold", font("Bold"), "Italic", font("Italic"),
                "BoldItalic", font("BoldItalic"));
    }

    /** The XHTML of a stored template version with this data; throws Thymeleaf's exception, with its line. */
    String html(String name, String source, Map<String, Object> data) {
        sources.register(name, source);
        return thymeleaf.process(name, new Context(Locale.forLanguageTag("vi-VN"), data));
    }

    /** The same for a template being tried: parsed afresh and forgotten. */
    String trialHtml(String source, Map<String, Object> data) {
        String name = TemplateSources.TRIAL_PREFIX + Integer.toHexString(source.hashCode()) + "-" + System.nanoTime();
        try {
            sources.register(name, source);
            return thymeleaf.process(name, new Context(Locale.forLanguageTag("vi-VN"), data));
        } finally {
            sources.forget(name);
        }
    }

    byte[] pdf(String xhtml) {
        return pdf(xhtml, diagnostic -> { });
    }

    /** @param diagnostics hears what openhtmltopdf noticed (a font it does not have, an image it may not load) */
    byte[] pdf(String xhtml, java.util.function.Consumer<com.openhtmltopdf.util.Diagnostic> diagnostics) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
        builder.useColorProfile(SRGB);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.useFont(() -> stream("Regular"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> stream("Bold"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> stream("Italic"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> stream("BoldItalic"), FONT_FAMILY, 700, FontStyle.ITALIC, true);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withProducer("danvan");
        builder.withDiagnosticConsumer(diagnostics);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private InputStream stream(String style) {
        return new ByteArrayInputStream(fonts.get(style));
    }

    private static byte[] font(String style) {
        try (InputStream in = new ClassPathResource(FONTS + style + ".ttf").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + style + " missing from the application", e);
        }
    }
}
