package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danvan.support.PdfReading;

/**
 * Every default template on sample data, read back with PDFBox and ZXing: the Decree 30 header, the
 * Vietnamese text with its diacritics, the number, every font embedded, PDF/A-2b, and the receipt's
 * QR code and tracking code.
 */
class DocumentRenderingTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every kind rendered once on its sample data: rendering is the slow part. */
    private static final Map<DocumentKind, byte[]> SAMPLES = new java.util.EnumMap<>(DocumentKind.class);

    @org.junit.jupiter.api.BeforeAll
    static void renderEveryKind() {
        for (DocumentKind kind : DocumentKind.values()) {
            SAMPLES.put(kind, render(kind, SampleData.of(kind)));
        }
    }

    @Test
    void everyKindPrintsTheNationalHeaderItsNumberAndVietnameseTextInEmbeddedFonts() {
        for (DocumentKind kind : DocumentKind.values()) {
            byte[] pdf = SAMPLES.get(kind);
            String text = PdfReading.text(pdf);
            assertThat(text).as(kind.name()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: " + SampleData.NUMBER, "Hiệp An, ngày 30 tháng 11 năm 2026", "ỦY BAN NHÂN DÂN");
            assertThat(PdfReading.fonts(pdf)).as(kind.name()).isNotEmpty()
                    .allSatisfy(font -> assertThat(font).contains("LiberationSerif").endsWith("embedded=true"));
            assertThat(PdfReading.metadata(pdf)).as(kind.name()).contains("<pdfaid:part>2</pdfaid:part>",
                    "<pdfaid:conformance>B</pdfaid:conformance>");
        }
    }

    @Test
    void theReceiptCarriesTheTrackingCodeAndAQrCodeOfTheStatusPage() {
        byte[] pdf = SAMPLES.get(DocumentKind.RECEIPT);
        assertThat(PdfReading.text(pdf)).contains("GIẤY BIÊN NHẬN", SampleData.TRACKING_CODE, "Trần Thị Hương",
                "Đường liên thôn 3 - 4 xuống cấp, đề nghị sửa chữa", "NGƯỜI NHẬN ĐƠN");
        assertThat(PdfReading.qrCode(pdf)).isEqualTo(SampleData.STATUS_URL);
    }

    @Test
    void eachKindSaysWhatItIs() {
        Map<DocumentKind, String> titles = Map.ofEntries(Map.entry(DocumentKind.RECEIPT, "GIẤY BIÊN NHẬN"),
                Map.entry(DocumentKind.ACCEPTANCE_PROPOSAL, "PHIẾU ĐỀ XUẤT THỤ LÝ"),
                Map.entry(DocumentKind.ACCEPTANCE_NOTICE, "Về việc thụ lý giải quyết đơn"),
                Map.entry(DocumentKind.REFUSAL_NOTICE, "Về việc không thụ lý"),
                Map.entry(DocumentKind.TRANSFER_SLIP, "PHIẾU CHUYỂN ĐƠN"),
                Map.entry(DocumentKind.GUIDANCE_SLIP, "PHIẾU HƯỚNG DẪN"),
                Map.entry(DocumentKind.EXTENSION_DECISION, "Về việc gia hạn giải quyết"),
                Map.entry(DocumentKind.RESOLUTION, "Về việc giải quyết khiếu nại"),
                Map.entry(DocumentKind.RESULT_NOTICE, "Kết quả giải quyết đơn"),
                Map.entry(DocumentKind.SECOND_INSTANCE_DECISION, "Về việc giải quyết khiếu nại (lần hai)"),
                Map.entry(DocumentKind.CONFERENCE_PLAN, "KẾ HOẠCH"),
                Map.entry(DocumentKind.CONFERENCE_CONCLUSION, "Kết luận hội nghị đối thoại"),
                Map.entry(DocumentKind.SUPERVISION_DECISION, "Thành lập Đoàn giám sát"),
                Map.entry(DocumentKind.SUPERVISION_REPORT, "Kết quả giám sát"),
                Map.entry(DocumentKind.SUPERVISION_RECOMMENDATION, "Sau giám sát"),
                Map.entry(DocumentKind.SOCIAL_CRITICISM, "VĂN BẢN PHẢN BIỆN XÃ HỘI"));
        assertThat(titles).hasSize(DocumentKind.values().length);
        titles.forEach((kind, title) -> assertThat(PdfReading.text(SAMPLES.get(kind))).as(kind.name()).contains(title));
    }

    @Test
    void aPartyBodyPrintsThePartysHeaderAndNumberForm() {
        TemplateData sample = SampleData.of(DocumentKind.CONFERENCE_PLAN);
        Issuer party = new Issuer("hiepandanguy", null, "ĐẢNG ỦY XÃ HIỆP AN", "Đảng ủy xã Hiệp An", "ĐU", "Hiệp An", true,
                "T/M BAN THƯỜNG VỤ", "BÍ THƯ", null, "Bí thư Đảng ủy xã Hiệp An");
        TemplateData.Doc doc = sample.doc();
        TemplateData.Doc partyDoc = new TemplateData.Doc(doc.kind(), doc.title(), Wording.number(7, "KH", "ĐU", true),
                doc.placeAndDate(), doc.issuedAt(), doc.issuedDate(), doc.officer(), doc.statusUrl(), doc.qr());
        String text = PdfReading.text(render(DocumentKind.CONFERENCE_PLAN,
                new TemplateData(partyDoc, party, null, sample.conference(), null)));
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 07-KH/ĐU", "ĐẢNG ỦY XÃ HIỆP AN")
                .doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @SuppressWarnings("unchecked")
    private static byte[] render(DocumentKind kind, TemplateData data) {
        Map<String, Object> model = (Map<String, Object>) PrintableText.deep(JSON.convertValue(data, Map.class));
        return RENDERER.pdf(RENDERER.html(kind.name() + "@test", DocumentTemplates.defaultSource(kind), model));
    }
}
