package app.makegood.export.letter;

import app.makegood.domain.letters.PaperSize;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;

/**
 * XHTML to PDF with the bundled fonts embedded (only the glyphs used) and the page size from the business
 * profile. Keeps only parsed fonts between calls, one set per thread, so a batch can run it on several threads.
 */
public final class PdfMaker {
    /**
     * PDFBox warns on every PDF that its built-in Symbol font falls back to a system font: the letters never use
     * it (our fonts are embedded), so the warning would only fill the log. Held here so the setting stays.
     */
    private static final java.util.logging.Logger PDFBOX_FONTS =
            java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        // The engine reports every font load at INFO; only its warnings are worth a line in the log.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        PDFBOX_FONTS.setLevel(Level.SEVERE);
    }

    private final BundledFonts fonts;
    /**
     * Fonts parsed once per thread: parsing them again for every PDF was about 40% of a batch's time, and a parsed
     * font reads its bytes lazily, so threads cannot share one.
     */
    private final ThreadLocal<Map<BundledFonts.Face, TrueTypeFont>> parsed =
            ThreadLocal.withInitial(() -> new EnumMap<>(BundledFonts.Face.class));

    public PdfMaker(BundledFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] pdf(RenderedLetter letter, PaperSize paper, String author) {
        return pdf(letter.xhtml(), paper, letter.subject(), author);
    }

    /** @throws IllegalArgumentException if {@code xhtml} is not well-formed (a rendered letter always is) */
    public byte[] pdf(String xhtml, PaperSize paper, String title, String author) {
        Document document;
        try {
            document = Xhtml.parse(xhtml);
        } catch (TemplateException e) {
            throw new IllegalArgumentException("Not a well-formed XHTML document: " + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            // The engine's own breaker breaks after any colon (for web addresses), which split "9:" from "00";
            // ICU's follows the Unicode line-breaking rules, which keep a time whole and still break addresses.
            builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.ROOT));
            if (hasRightToLeft(xhtml)) {
                // Hebrew and Arabic runs drawn right to left, Arabic letters joined. Only when needed: it costs time.
                builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
                builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            }
            for (BundledFonts.Face face : BundledFonts.Face.values()) {
                builder.useFont(new LazyFont(pdf, face), face.family, face.weight,
                        face.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            if (paper == PaperSize.US_LETTER) {
                builder.useDefaultPageSize(8.5f, 11f, PageSizeUnits.INCHES);
            } else {
                builder.useDefaultPageSize(210f, 297f, PageSizeUnits.MM);
            }
            builder.withW3cDocument(withMetadata(document, title, author), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Right-to-left letters, or the marks that make text run right to left. */
    static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                 Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                 Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> true;
            default -> false;
        });
    }

    private TrueTypeFont parsed(BundledFonts.Face face) throws IOException {
        Map<BundledFonts.Face, TrueTypeFont> mine = parsed.get();
        TrueTypeFont font = mine.get(face);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(fonts.open(face)));
            // PDFBox builds a ligature matcher (a large regex) per font on every page when substitution is on;
            // the Latin, Greek and Cyrillic letters of Noto need none, and this halves a warm letter's time.
            // The fallback keeps it, for scripts whose letters change shape.
            font.setEnableGsub(face == BundledFonts.Face.FALLBACK);
            mine.put(face, font);
        }
        return font;
    }

    /** Embeds a face only if the letter uses it (subset to the glyphs used), from this thread's parsed copy. */
    private final class LazyFont extends PDFontSupplier {
        private final PDDocument pdf;
        private final BundledFonts.Face face;

        LazyFont(PDDocument pdf, BundledFonts.Face face) {
            super(null);
            this.pdf = pdf;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(pdf, parsed(face), true);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + face + " could not be read: " + e.getMessage(), e);
            }
        }
    }

    /** The engine takes the PDF's title and author from the document head, so they are set there. */
    private static Document withMetadata(Document document, String title, String author) {
        Element html = document.getDocumentElement();
        Element head = child(html, "head").orElseGet(() -> (Element) html.insertBefore(
                document.createElementNS(html.getNamespaceURI(), "head"), html.getFirstChild()));
        Element titleElement = child(head, "title").orElseGet(() -> (Element) head.appendChild(
                document.createElementNS(html.getNamespaceURI(), "title")));
        titleElement.setTextContent(title);
        Element meta = (Element) head.appendChild(document.createElementNS(html.getNamespaceURI(), "meta"));
        meta.setAttribute("name", "author");
        meta.setAttribute("content", author);
        return document;
    }

    private static Optional<Element> child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of((Element) nodes.item(0));
    }
}
