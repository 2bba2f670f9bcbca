package app.makegood.export.letter;

import app.makegood.domain.Incident;
import app.makegood.domain.WhyStep;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.letters.PaperSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static app.makegood.domain.SampleIncidents.edit;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostmortemPdfTest {
    private final PostmortemPdf postmortem = new PostmortemPdf(new PdfMaker(BundledFonts.load()), LetterSamples.ZONE, Locale.UK);

    @Test
    void thePdfHoldsTheWhysTheRootCauseAndTheActions(@TempDir Path dir) throws Exception {
        Incident incident = LetterSamples.incident();
        Path file = dir.resolve("postmortem.pdf");
        LetterRecord sent = LetterRecord.of(incident.id(), incident.customers().get(0), LetterKind.APOLOGY,
                LetterFormat.MAIL, "zoe@example.com", LetterSamples.TODAY.atStartOfDay(LetterSamples.ZONE).toInstant());
        postmortem.write(incident, List.of(sent), LetterSamples.DEFAULTS, LetterSamples.bakery(PaperSize.US_LETTER, true),
                LetterSamples.TODAY, file);
        String text = Pdfs.flat(Files.readAllBytes(file));
        assertTrue(text.contains("Postmortem: " + incident.title()), text);
        assertTrue(text.contains("Crumb & Co"));
        for (WhyStep why : incident.whys()) {
            assertTrue(text.contains(why.question()) && text.contains(why.answer()), why.question());
        }
        assertTrue(text.contains("ROOT CAUSE"));
        incident.actions().forEach(a -> assertTrue(text.contains(a.description()), a.description()));
        assertTrue(text.contains("Amends offered £730.00"), text);
        assertTrue(text.contains("Apology emailed to " + incident.customers().get(0).name()), text);
        assertTrue(text.contains("Time to tell customers 25 min"), text);
        assertTrue(text.contains("Time to resolve about 6 d"), text);
        assertTrue(text.contains("Times in Europe/London."), text);
    }

    @Test
    void userTextStaysLiteralWithoutAProfile() {
        Incident incident = edit(LetterSamples.incident(), e -> e.problem = "<b>Crumbs</b> & {{title}}");
        String text = Pdfs.flat(postmortem.pdf(incident, List.of(), LetterSamples.DEFAULTS, BusinessProfile.EMPTY, LetterSamples.TODAY));
        assertTrue(text.contains("<b>Crumbs</b> & {{title}}"), text);
    }
}
