package app.makegood.export.letter;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.LetterContent;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.Letters;
import app.makegood.domain.letters.Logo;
import app.makegood.domain.letters.PaperSize;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.export.letter.LetterSamples.DEFAULTS;
import static app.makegood.export.letter.LetterSamples.TODAY;
import static app.makegood.export.letter.LetterSamples.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterPdfTest {
    private static final PdfMaker PDF = new PdfMaker(BundledFonts.load());
    private static final String HOSTILE = "<script>alert(1)</script> {{x}} Crumb & Co </p> <b>not bold</b>";
    @TempDir
    Path folder;

    private LetterRenderer renderer() {
        return new LetterRenderer(new LetterTemplates(folder), ZONE, Locale.UK);
    }

    private RenderedLetter letter(LetterKind kind, Incident incident, BusinessProfile from) {
        RenderedLetter letter = renderer().render(LetterSamples.content(kind, incident, from));
        assertEquals(List.of(), letter.problems());
        return letter;
    }

    @Test
    void theApologyCarriesEveryPartTheNameTheBusinessAndTheAmends() {
        Incident incident = LetterSamples.incident();
        String text = Pdfs.flat(PDF.pdf(letter(LetterKind.APOLOGY, incident, LetterSamples.bakery(PaperSize.A4, true)),
                PaperSize.A4, "Sam Okafor"));
        assertTrue(text.contains("Dear Zoë,"), text);
        assertTrue(text.contains("Crumb & Co"));
        assertTrue(text.contains("14 Mill Lane"));
        assertTrue(text.contains(incident.admit()));
        assertTrue(text.contains(incident.thank()));
        assertTrue(text.contains(incident.explain()));
        assertTrue(text.contains("A full refund, and your first anniversary cake is on us."));
        assertTrue(text.contains("£420.00"));
        assertTrue(text.contains("23 November 2026"));
        assertTrue(text.contains("Sam Okafor Head baker and owner"));
        assertTrue(text.contains("With warm wishes,"));
    }

    @Test
    void theStatusUpdateCarriesTheDatedUpdates() {
        Incident incident = LetterSamples.incident();
        String text = Pdfs.flat(PDF.pdf(letter(LetterKind.STATUS_UPDATE, incident, LetterSamples.bakery(PaperSize.A4, false)),
                PaperSize.A4, "Sam"));
        for (var update : incident.updates()) {
            assertTrue(text.contains(update.text()), update.text());
        }
        assertTrue(text.contains("14 November 2026, 16:00"), text);
        assertFalse(text.contains(incident.admit()));
    }

    @Test
    void theFollowUpSaysWhatChangedWithTheEvidenceAndThanksAgain() {
        Incident incident = LetterSamples.incident();
        LetterContent content = LetterSamples.content(LetterKind.FOLLOW_UP, incident, LetterSamples.bakery(PaperSize.A4, false));
        assertFalse(content.changes().isEmpty());
        String text = Pdfs.flat(PDF.pdf(renderer().render(content), PaperSize.A4, "Sam"));
        for (LetterContent.Change change : content.changes()) {
            assertTrue(text.contains(change.description()), change.description());
            change.files().forEach(file -> assertTrue(text.contains(file), file));
        }
        assertTrue(text.contains(incident.thank()));
        assertTrue(text.contains("Thank you again"), "the sample records a thanks");
        assertTrue(text.contains("Checklist version 2 printed"), "evidence marked for customers");
    }

    @Test
    void userTextAppearsLiterallyNeverAsMarkupOrTemplate() {
        Incident incident = edit(LetterSamples.incident(), e -> {
            e.admit = HOSTILE;
            e.thank = "Line one\nLine two";
        });
        AffectedCustomer customer = new AffectedCustomer(incident.customers().get(0).id(), "{{customerName}} & <i>Jo</i>",
                "", "", null, null, null, "", null, "", "{{reference}}", "", null);
        BusinessProfile from = LetterSamples.bakery(PaperSize.A4, false);
        RenderedLetter letter = renderer().render(Letters.compose(LetterKind.APOLOGY, incident, customer, from, TODAY,
                DEFAULTS.moneyFormat(Locale.UK)));
        assertEquals(List.of(), letter.problems());
        String text = Pdfs.flat(PDF.pdf(letter, PaperSize.A4, "Sam"));
        assertTrue(text.contains(HOSTILE), text);
        assertTrue(text.contains("Dear {{customerName}} & <i>Jo</i>,"), text);
        assertTrue(text.contains("Line one Line two"));
        assertTrue(letter.xhtml().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(letter.text().contains(HOSTILE));
        assertTrue(text.contains("Your reference: {{reference}}"), text);
    }

    @Test
    void namesInOtherScriptsComeBackFromTheEmbeddedFonts() {
        String names = "Zoë Łukasz Øyvind Ελένη Дмитрий";
        Incident incident = LetterSamples.incident();
        AffectedCustomer customer = AffectedCustomer.named(names, "x@example.com");
        RenderedLetter letter = renderer().render(Letters.compose(LetterKind.APOLOGY, incident, customer,
                LetterSamples.bakery(PaperSize.A4, false), TODAY, DEFAULTS.moneyFormat(Locale.UK)));
        assertTrue(Pdfs.text(PDF.pdf(letter, PaperSize.A4, "Sam")).contains("Dear " + names + ","));
    }

    @Test
    void thePaperSizeSetsTheMediaBox() throws Exception {
        RenderedLetter letter = letter(LetterKind.APOLOGY, LetterSamples.incident(), LetterSamples.bakery(PaperSize.A4, false));
        try (PDDocument a4 = Loader.loadPDF(PDF.pdf(letter, PaperSize.A4, "Sam"));
             PDDocument us = Loader.loadPDF(PDF.pdf(letter, PaperSize.US_LETTER, "Sam"))) {
            assertMediaBox(PDRectangle.A4, a4.getPage(0).getMediaBox());
            assertMediaBox(PDRectangle.LETTER, us.getPage(0).getMediaBox());
        }
    }

    private static void assertMediaBox(PDRectangle expected, PDRectangle actual) {
        assertEquals(expected.getWidth(), actual.getWidth(), 1.0);
        assertEquals(expected.getHeight(), actual.getHeight(), 1.0);
    }

    @Test
    void thePdfHasTitleAndAuthor() throws Exception {
        RenderedLetter letter = letter(LetterKind.APOLOGY, LetterSamples.incident(), LetterSamples.bakery(PaperSize.A4, false));
        try (PDDocument document = Loader.loadPDF(PDF.pdf(letter, PaperSize.A4, "Sam Okafor & Co"))) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Our apology: Saturday's wedding cakes delivered two hours late", info.getTitle());
            assertEquals("Sam Okafor & Co", info.getAuthor());
        }
    }

    @Test
    void theLogoIsDrawnAndThePreviewShowsThePage() {
        byte[] pdf = PDF.pdf(letter(LetterKind.APOLOGY, LetterSamples.incident(), LetterSamples.bakery(PaperSize.A4, true)),
                PaperSize.A4, "Sam");
        assertEquals(1, PdfPages.pageCount(pdf));
        BufferedImage page = PdfPages.render(pdf, 0, 50);
        assertEquals(Math.round(210 / 25.4 * 50), page.getWidth(), 1);
        assertTrue(goldIn(page, 20, 15, 55, 45), "no logo drawn in the letterhead's top left corner");
    }

    /** Any pixel of the sample logo's gold within the rectangle (mm, at 50 dpi)? */
    private static boolean goldIn(BufferedImage page, int left, int top, int right, int bottom) {
        for (int x = (int) (left / 25.4 * 50); x < right / 25.4 * 50; x++) {
            for (int y = (int) (top / 25.4 * 50); y < bottom / 25.4 * 50; y++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) - (rgb & 0xFF) > 60) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void svgLogosAreLeftToTheCallerToRefuse() {
        assertTrue(LetterRenderer.canShow(LetterSamples.logo()));
        assertFalse(LetterRenderer.canShow(new Logo("<svg/>".getBytes(), "image/svg+xml")));
    }

    @Test
    void twoThreadsMakeLettersAtOnce() throws Exception {
        RenderedLetter letter = letter(LetterKind.APOLOGY, LetterSamples.incident(), LetterSamples.bakery(PaperSize.A4, false));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> pdfs = pool.invokeAll(List.of(() -> PDF.pdf(letter, PaperSize.A4, "a"),
                    () -> PDF.pdf(letter, PaperSize.A4, "b"), () -> PDF.pdf(letter, PaperSize.A4, "c")));
            for (Future<byte[]> pdf : pdfs) {
                assertTrue(Pdfs.text(pdf.get()).contains("Dear Zoë,"));
            }
        } finally {
            pool.shutdown();
        }
    }
}
