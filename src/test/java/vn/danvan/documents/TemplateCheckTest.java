package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.danvan.support.PdfReading;

/** An uploaded template is tried before it takes effect; a broken one is refused with its line and why. */
class TemplateCheckTest {

    private final TemplateCheck check = new TemplateCheck(new DocumentRenderer(), new ObjectMapper());
    private final String receipt = DocumentTemplates.defaultSource(DocumentKind.RECEIPT);

    @Test
    void everyDefaultTemplatePassesItsOwnCheck() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(PdfReading.text(check.check(kind, DocumentTemplates.defaultSource(kind))))
                    .as(kind.name()).contains(SampleData.NUMBER);
        }
    }

    @Test
    void anElementLeftOpenIsNamedAtTheLineThatOpenedIt() {
        assertThatThrownBy(() -> check.check(DocumentKind.RECEIPT,
                receipt.replace("<h1>GIẤY BIÊN NHẬN</h1>", "<h1>GIẤY BIÊN NHẬN")))
                .isInstanceOfSatisfying(TemplateRefusedException.class, e -> {
                    assertThat(e.line()).isEqualTo(lineOf("<h1>GIẤY BIÊN NHẬN</h1>"));
                    assertThat(e.reason()).contains("<h1>", "not closed");
                });
    }

    @Test
    void anExpressionThatFailsIsNamedAtItsLine() {
        assertThatThrownBy(() -> check.check(DocumentKind.RECEIPT,
                receipt.replace("${petition.caseId}", "${petition.nosuch.deeper}")))
                .isInstanceOfSatisfying(TemplateRefusedException.class, e -> {
                    assertThat(e.line()).isEqualTo(lineOf("${petition.caseId}"));
                    assertThat(e.reason()).contains("does not render", "nosuch");
                });
    }

    @Test
    void unescapedOutputInclusionsJavaClassesAndDoctypesAreRefused() {
        assertThatThrownBy(() -> check.check(DocumentKind.RECEIPT,
                receipt.replace("th:text=\"${petition.subject}\"", "th:utext=\"${petition.subject}\"")))
                .isInstanceOfSatisfying(TemplateRefusedException.class, e -> {
                    assertThat(e.line()).isEqualTo(lineOf("th:text=\"${petition.subject}\""));
                    assertThat(e.reason()).contains("use th:text");
                });
        assertThatThrownBy(() -> check.check(DocumentKind.RECEIPT, receipt.replace("<h1>GIẤY BIÊN NHẬN</h1>",
                "<h1 th:text=\"${@java.lang.Runtime@getRuntime()}\">x</h1>"))).hasMessageContaining("Java classes");
        assertThatThrownBy(() -> check.check(DocumentKind.RECEIPT, receipt.replace("<h1>GIẤY BIÊN NHẬN</h1>",
                "<div th:replace=\"~{other :: x}\"></div>"))).hasMessageContaining("include");
        assertThatThrownBy(() -> check.check(DocumentKind.RECEIPT, receipt.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")))
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aTemplateThatDropsTheNumberOrTheTrackingCodeOrOurFontIsRefused() {
        assertThatThrownBy(() -> check.check(DocumentKind.RECEIPT,
                receipt.replace("th:text=\"${doc.number}\"", "th:text=\"${doc.kind}\"")))
                .hasMessageContaining("doc.number");
        assertThatThrownBy(() -> check.check(DocumentKind.RECEIPT,
                receipt.replace("th:text=\"${petition.trackingCode}\"", "th:text=\"${petition.caseId}\"")))
                .hasMessageContaining("tracking code");
        assertThatThrownBy(() -> check.check(DocumentKind.RECEIPT,
                receipt.replace("font-family: 'Liberation Serif';", "font-family: Helvetica;")))
                .hasMessageContaining("font-family 'Liberation Serif'");
        assertThatThrownBy(() -> check.check(DocumentKind.RECEIPT, "  ")).hasMessageContaining("empty");
    }

    private int lineOf(String text) {
        String[] lines = receipt.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in the template");
    }
}
