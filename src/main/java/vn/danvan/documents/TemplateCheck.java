package vn.danvan.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tries a template before it takes effect: what it may not contain (unescaped output, inclusions,
 * Java classes, DOCTYPEs), whether it is well-formed XHTML, whether it renders with {@link SampleData}
 * to a PDF whose fonts are all embedded and whose text shows the number (and, on a receipt, the
 * tracking code). The first failure is refused with its line where there is one.
 */
@Component
class TemplateCheck {

    static final int MAX_CHARACTERS = 200_000;

    private record Forbidden(Pattern pattern, String reason) {
    }

    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden(Pattern.compile("(?:data-)?th:utext|data-th-utext"),
                    "th:utext prints text unescaped, so a citizen's text would be read as markup: use th:text"),
            new Forbidden(Pattern.compile("\\[\\("), "[( ... )] prints text unescaped: use [[ ... ]] or th:text"),
            new Forbidden(Pattern.compile("(?:data-)?th[:-](?:insert|replace|include|substituteby)\\b"),
                    "a template may not include other templates or files"),
            new Forbidden(Pattern.compile("@[A-Za-z_$][\\w.$]*@"),
                    "expressions may read the document's data only, not Java classes"),
            new Forbidden(Pattern.compile("\\bnew\\s+[A-Za-z_$][\\w.$]*\\s*\\("), "expressions may not create objects"),
            new Forbidden(Pattern.compile("<!DOCTYPE|<!ENTITY", Pattern.CASE_INSENSITIVE),
                    "DOCTYPE and entity declarations are not allowed"));

    private static final Pattern LOCATION = Pattern.compile("line (\\d+), col (\\d+)\\)");

    private final DocumentRenderer renderer;
    private final ObjectMapper json;

    TemplateCheck(DocumentRenderer renderer, ObjectMapper json) {
        this.renderer = renderer;
        this.json = json;
    }

    /** @return the sample PDF the template renders */
    byte[] check(DocumentKind kind, String source) {
        if (source == null || source.isBlank()) {
            throw new TemplateRefusedException(null, null, "the template is empty");
        }
        if (source.length() > MAX_CHARACTERS) {
            throw new TemplateRefusedException(null, null, "the template is longer than " + MAX_CHARACTERS + " characters");
        }
        forbidden(source);
        wellFormed(source);
        byte[] pdf = render(kind, source);
        inspect(kind, pdf);
        return pdf;
    }

    private static void forbidden(String source) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Forbidden f : FORBIDDEN) {
                Matcher m = f.pattern().matcher(lines[i]);
                if (m.find()) {
                    throw new TemplateRefusedException(i + 1, m.start() + 1, f.reason());
                }
            }
        }
    }

    private static void wellFormed(String source) {
        OpenElements open = new OpenElements();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new InputSource(new StringReader(source)), open);
        } catch (SAXParseException e) {
            // an element left open is found only where a parent closes: name the line that opened it
            OpenElements.Element unclosed = open.innermost();
            if (unclosed != null && e.getMessage() != null && e.getMessage().contains("must be terminated by the matching end-tag")) {
                throw new TemplateRefusedException(unclosed.line(), unclosed.column(), "not well-formed XHTML: <"
                        + unclosed.name() + "> opened here is not closed (the parser met a closing tag of its parent at line "
                        + e.getLineNumber() + ")");
            }
            throw new TemplateRefusedException(e.getLineNumber(), e.getColumnNumber(),
                    "not well-formed XHTML: " + e.getMessage());
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new TemplateRefusedException(null, null, "not well-formed XHTML: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private byte[] render(DocumentKind kind, String source) {
        String html;
        try {
            html = renderer.trialHtml(source, (Map<String, Object>) PrintableText.deep(
                    json.convertValue(SampleData.of(kind), Map.class)));
        } catch (TemplateProcessingException e) {
            TemplateProcessingException located = located(e);
            Integer line = located.getLine();
            Integer column = located.getCol();
            Matcher where = LOCATION.matcher(String.valueOf(e.getMessage()));
            if ((line == null || line <= 0) && where.find()) {
                line = Integer.valueOf(where.group(1));
                column = Integer.valueOf(where.group(2));
            }
            throw new TemplateRefusedException(line, column, "does not render: " + reason(e));
        }
        java.util.List<String> noticed = new java.util.concurrent.CopyOnWriteArrayList<>();
        byte[] pdf;
        try {
            pdf = renderer.pdf(html, diagnostic -> noticed.add(diagnostic.getFormattedMessage()));
        } catch (RuntimeException e) {
            throw new TemplateRefusedException(null, null, "the PDF cannot be laid out: " + e.getMessage());
        }
        // a PDF/A embeds every font, so text in a font danvan does not have is dropped: say why instead
        if (noticed.stream().anyMatch(message -> message != null && message.contains("Font list is empty"))) {
            throw new TemplateRefusedException(null, null, "some text asks for a font that danvan does not embed "
                    + "and would not print: use font-family 'Liberation Serif'");
        }
        return pdf;
    }

    private static void inspect(DocumentKind kind, byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font != null && !font.isEmbedded()) {
                        throw new TemplateRefusedException(null, null, "uses the font " + font.getName()
                                + ", which is not embedded: use font-family 'Liberation Serif'");
                    }
                }
            }
            String text = new PDFTextStripper().getText(document);
            if (!text.contains(SampleData.NUMBER)) {
                throw new TemplateRefusedException(null, null, "does not print the document's number (doc.number)");
            }
            if (kind == DocumentKind.RECEIPT && !text.contains(SampleData.TRACKING_CODE)) {
                throw new TemplateRefusedException(null, null,
                        "a receipt must print the tracking code (petition.trackingCode)");
            }
        } catch (IOException e) {
            throw new TemplateRefusedException(null, null, "the PDF cannot be read back: " + e.getMessage());
        }
    }

    /** The elements open where the parser stands, with the line and column of their start tags. */
    private static final class OpenElements extends DefaultHandler {

        record Element(String name, int line, int column) {
        }

        private final java.util.Deque<Element> stack = new java.util.ArrayDeque<>();
        private org.xml.sax.Locator locator;

        @Override
        public void setDocumentLocator(org.xml.sax.Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
            stack.push(new Element(qName, locator == null ? 0 : locator.getLineNumber(),
                    locator == null ? 0 : locator.getColumnNumber()));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            stack.poll();
        }

        Element innermost() {
            return stack.peek();
        }
    }

    /** The exception of the chain that knows the line: Thymeleaf wraps an expression's failure more than once. */
    private static TemplateProcessingException located(TemplateProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateProcessingException p && p.getLine() != null && p.getLine() > 0) {
                return p;
            }
        }
        return e;
    }

    /** What failed, from the most specific of Thymeleaf's messages (the expression), and its root cause. */
    private static String reason(TemplateProcessingException e) {
        String own = null;
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateProcessingException && t.getMessage() != null) {
                own = t.getMessage();
            }
            root = t;
        }
        own = own == null ? e.getClass().getSimpleName() : own;
        int tail = own.indexOf(" (template: ");
        own = tail < 0 ? own : own.substring(0, tail);
        return root == e || root.getMessage() == null ? own : own + " (" + root.getMessage() + ")";
    }
}
