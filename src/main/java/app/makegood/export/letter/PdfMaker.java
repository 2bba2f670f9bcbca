package app.makegood.export.letter;

import app.makegood.domain.letters.PaperSize;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Level;

/**
 * XHTML to PDF with the bundled fonts embedded (only the glyphs used) and the page size from the business
 * profile. Holds no state between calls, so a batch can run it on several threads.
 */
public final class PdfMaker {
    static {
        // The engine reports every font load at INFO; only its warnings are worth a line in the log.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final BundledFonts fonts;

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
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (BundledFonts.Face face : BundledFonts.Face.values()) {
                builder.useFont(() -> fonts.open(face), face.family, face.weight,
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
