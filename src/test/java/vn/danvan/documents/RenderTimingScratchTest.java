package vn.danvan.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderTimingScratchTest {
    static byte[] font(String s) throws Exception { return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/main/resources/documents/fonts/LiberationSerif-" + s + ".ttf")); }
    @Test
    @SuppressWarnings("unchecked")
    void time() throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        DocumentRenderer r = new DocumentRenderer();
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> model = (Map<String, Object>) PrintableText.deep(json.convertValue(SampleData.of(DocumentKind.RECEIPT), Map.class));
        String html = r.html("RECEIPT@1", DocumentTemplates.defaultSource(DocumentKind.RECEIPT), model);
        byte[] reg = font("Regular"), bold = font("Bold"), it = font("Italic"), bi = font("BoldItalic");
        var cache = new com.openhtmltopdf.extend.impl.FSDefaultCacheStore();
        for (int variant = 0; variant < 4; variant++) {
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 15; i++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    PdfRendererBuilder b = new PdfRendererBuilder();
                    b.useFastMode();
                    if (variant == 0 || variant == 2) {
                        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
                        b.useColorProfile(java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
                    }
                    boolean subset = variant < 2;
                    if (variant != 3) b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, cache);
                    b.useFont(() -> new ByteArrayInputStream(reg), "Liberation Serif", 400, FontStyle.NORMAL, subset);
                    b.useFont(() -> new ByteArrayInputStream(bold), "Liberation Serif", 700, FontStyle.NORMAL, subset);
                    b.useFont(() -> new ByteArrayInputStream(it), "Liberation Serif", 400, FontStyle.ITALIC, subset);
                    b.useFont(() -> new ByteArrayInputStream(bi), "Liberation Serif", 700, FontStyle.ITALIC, subset);
                    b.withHtmlContent(html, null);
                    b.toStream(out);
                    b.run();
                    if (i == 0 && round == 1) System.out.println("TIMING size " + out.size());
                }
                System.out.println("TIMING variant " + variant + " ms " + (System.nanoTime() - t0) / 15 / 1e6);
            }
        }
    }
}
