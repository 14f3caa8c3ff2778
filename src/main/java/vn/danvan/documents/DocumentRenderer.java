package vn.danvan.documents;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
        List<TrueTypeFont> parsed = new ArrayList<>(4);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(SRGB);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
            builder.usePDDocument(document);
            builder.useFont(font(document, "Regular", parsed), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(font(document, "Bold", parsed), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(font(document, "Italic", parsed), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            builder.useFont(font(document, "BoldItalic", parsed), FONT_FAMILY, 700, FontStyle.ITALIC, true);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withProducer("danvan");
            builder.withDiagnosticConsumer(diagnostics);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            parsed.forEach(DocumentRenderer::close);
        }
        return out.toByteArray();
    }

    /**
     * A font of this document, parsed when a text first needs it. Glyph substitution (GSUB) is off:
     * Vietnamese letters are single precomposed glyphs in Liberation Serif, and PDFBox 3 applying the
     * font's Latin ligature rules to every line took two thirds of a receipt's rendering time.
     */
    private PDFontSupplier font(PDDocument document, String style, List<TrueTypeFont> parsed) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) {
                    try {
                        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fonts.get(style)));
                        ttf.setEnableGsub(false);
                        parsed.add(ttf);
                        font = PDType0Font.load(document, ttf, true);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Font " + style + " cannot be read", e);
                    }
                }
                return font;
            }
        };
    }

    private static void close(TrueTypeFont ttf) {
        try {
            ttf.close();
        } catch (IOException e) {
            // the bytes are in memory: nothing is left open
        }
    }

    private static byte[] font(String style) {
        try (InputStream in = new ClassPathResource(FONTS + style + ".ttf").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + style + " missing from the application", e);
        }
    }
}
