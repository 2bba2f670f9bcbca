package app.makegood.export.letter;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.PostmortemNotes;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.letters.PaperSize;
import app.makegood.export.PostmortemMarkdown;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The postmortem's sections, as the PDF and the Markdown print them (issue 17): each section the owner filled is
 * there with its words, and a section with nothing in it is left out, heading and all.
 */
class PostmortemSectionsTest {
    /** Headings as the Markdown writes them; the PDF prints them in capitals (CSS text-transform keeps the text). */
    private static final List<String> NOTES_SECTIONS = List.of("Trigger", "Contributing factors", "Lessons learned",
            "Supporting links");
    private final PostmortemPdf pdf = new PostmortemPdf(new PdfMaker(BundledFonts.load()), LetterSamples.ZONE, Locale.UK);
    private final PostmortemMarkdown markdown = new PostmortemMarkdown(LetterSamples.ZONE, Locale.UK);
    private final Incident rich = SampleIncidents.rich("Burnt cakes", Instant.parse("2026-11-01T10:00:00Z"));

    @Test
    void everyFilledSectionIsPrintedInBoth() {
        for (String text : List.of(markdown(rich), pdf(rich))) {
            for (String section : NOTES_SECTIONS) {
                assertTrue(text.toLowerCase(Locale.ROOT).contains(section.toLowerCase(Locale.ROOT)), section + " in " + text);
            }
            PostmortemNotes n = rich.postmortemNotes();
            for (String written : List.of("The oven was switched to fan mode for the first time.",
                    "The new baker had no handover", "The rota had no overlap that week.", "Saturday rush",
                    n.impact(), n.wentWell(), n.wentWrong(), n.gotLucky(), "Write down how each oven mode behaves.",
                    "Oven manual", "http://example.org/photos", "What went well", "What went wrong",
                    "Where we got lucky")) {
                assertTrue(text.contains(written), written + " in " + text);
            }
            assertTrue(text.contains("People affected besides the customers listed: 1,200")
                    || text.contains("People affected besides the customers listed 1,200"), text);
            assertTrue(text.contains("Money lost: £250.75") || text.contains("Money lost £250.75"), text);
            assertFalse(text.contains("Customers affected"), "the owner's count is the impact, not the list's size");
            // The corrective actions say when one was done and why one was dropped.
            assertTrue(text.contains("done on 9 Nov 2026"), text);
            assertTrue(text.contains("why: The sensor is no longer made."), text);
            // No sentence is made up for the lessons.
            assertFalse(text.contains("The root cause was in how we work"), text);
        }
        String md = markdown(rich);
        assertTrue(md.contains("- [Oven manual](<https://example.com/oven-manual.pdf?page=12\\&lang=en>)"), md);
        assertTrue(md.contains("  1. **Why no handover?** The rota had no overlap that week."), md);
        assertEquals(1, pdf(rich).split("http://example.org/photos", -1).length - 1, "a link without a label, once");
        assertTrue(md.indexOf("## Five whys") < md.indexOf("## Contributing factors"), md);
    }

    @Test
    void thePdfListsTheCustomersAsTheMarkdownDoes() {
        String text = pdf(rich);
        for (var c : rich.customers()) {
            assertTrue(text.contains(c.name()), c.name());
        }
        assertTrue(text.contains("A birthday cake for Saturday £12.00 accepted"), text);
    }

    @Test
    void emptySectionsAreLeftOutHeadingAndAll() {
        Incident bare = edit(rich.withPostmortemNotes(PostmortemNotes.EMPTY), e -> {
            e.problem = "";
            e.whys = List.of();
            e.actions = List.of();
            e.admit = "";
            e.thank = "";
            e.explain = "";
            e.updates = List.of();
        });
        String md = markdown(bare);
        String text = pdf(bare);
        for (String section : List.of("Summary", "Trigger", "Five whys", "Contributing factors", "Corrective actions",
                "Evidence", "What we told customers", "Lessons learned", "Supporting links")) {
            assertFalse(md.contains("## " + section), section + " in " + md);
            assertFalse(text.toLowerCase(Locale.ROOT).contains(section.toLowerCase(Locale.ROOT)), section + " in " + text);
        }
        assertTrue(md.contains("## Customer impact"), md);
        assertFalse(md.contains("\n\n\n"), "no run of blank lines where sections were left out:\n" + md);
    }

    @Test
    void aZeroStakeIsNotShownAsTheImpact() {
        Incident outage = edit(rich, e -> e.customers = List.of())
                .withPostmortemNotes(new PostmortemNotes("", List.of(), "Card payments failed all afternoon.",
                        Optional.of(3000L), Optional.of(new BigDecimal("4100.00")), "", "", "", "", List.of()));
        for (String text : List.of(markdown(outage), pdf(outage))) {
            assertFalse(text.contains("At stake"), text);
            assertFalse(text.contains("£0.00"), text);
            assertTrue(text.contains("Card payments failed all afternoon."), text);
            assertTrue(text.contains("3,000"), text);
            assertTrue(text.contains("£4,100.00"), text);
        }
        String md = markdown(outage);
        assertFalse(md.contains("- Customers affected") || md.contains("- Customers listed"),
                "no count of an empty list next to the owner's figures: " + md);
    }

    @Test
    void anActionDoneWithoutADateOrDroppedWithoutAReasonSaysSo() {
        Incident i = edit(rich, e -> e.actions = List.of(
                new CorrectiveAction(e.actions.get(0).id(), "Fit an alarm", "Dana", Optional.empty(), ActionStatus.DONE,
                        "", List.of(), Optional.empty(), ""),
                new CorrectiveAction(e.actions.get(1).id(), "Buy a spare", "", Optional.empty(), ActionStatus.DROPPED,
                        "", List.of(), Optional.of(LocalDate.of(2026, 11, 2)), "")));
        String md = markdown(i);
        assertTrue(md.contains("- [x] Fit an alarm (prevent) — owner: Dana, due: no date, status: done\n"), md);
        assertTrue(md.contains("- [ ] Buy a spare (prevent) — owner: nobody yet, due: no date, status: dropped, no reason given"), md);
    }

    private String markdown(Incident i) {
        return markdown.render(i, List.of(), LetterSamples.DEFAULTS, LetterSamples.TODAY);
    }

    private String pdf(Incident i) {
        return Pdfs.flat(pdf.pdf(i, List.of(), LetterSamples.DEFAULTS, LetterSamples.bakery(PaperSize.A4, true),
                LetterSamples.TODAY));
    }
}
