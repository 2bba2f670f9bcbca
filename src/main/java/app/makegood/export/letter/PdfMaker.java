package app.makegood.export.letter;

import app.makegood.domain.letters.PaperSize;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;

/**
 * XHTML to PDF with the bundled fonts embedded (only the glyphs used) and the page size from the business
 * profile. Holds no state between calls, so a batch can run it on several threads.
 */
public final class PdfMaker {
    private final BundledFonts fonts;

    public PdfMaker(BundledFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] pdf(RenderedLetter letter, PaperSize paper, String author) {
        return pdf(letter.xhtml(), paper, letter.subject(), author);
    }

    public byte[] pdf(String xhtml, PaperSize paper, String title, String author) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreator("MakeGood");
            info.setCreationDate(Calendar.getInstance());
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            for (BundledFonts.Face face : BundledFonts.Face.values()) {
                builder.useFont(() -> fonts.open(face), face.family, face.weight,
                        face.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            if (paper == PaperSize.US_LETTER) {
                builder.useDefaultPageSize(8.5f, 11f, PageSizeUnits.INCHES);
            } else {
                builder.useDefaultPageSize(210f, 297f, PageSizeUnits.MM);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
