package app.makegood.export.letter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What a reader of the PDF gets back: its text, as extracted from the embedded fonts. */
public final class Pdfs {
    private Pdfs() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line breaks from layout become spaces, so a test can look for a sentence that wrapped. */
    public static String flat(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }
}
