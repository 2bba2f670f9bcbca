package app.makegood.export.letter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Pages of a finished PDF as images: the preview shows exactly what will be printed. */
public final class PdfPages {
    private PdfPages() {
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF cannot be read: " + e.getMessage(), e);
        }
    }

    public static BufferedImage render(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF page cannot be drawn: " + e.getMessage(), e);
        }
    }
}
