package app.makegood.export;

import app.makegood.domain.Incident;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.amends.AmendsDefaults;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.makegood.domain.SampleIncidents.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostmortemMarkdownTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final PostmortemMarkdown markdown = new PostmortemMarkdown(ZoneOffset.UTC, Locale.UK);
    private final AmendsDefaults defaults = AmendsDefaults.from(Map.of("business.currency", "GBP",
            "amends.averageOrderValue", "40", "amends.ordersPerYear", "4", "amends.expectedYears", "3",
            "amends.margin", "0.5"), "EUR");

    @Test
    void everySectionOfTheSampleIsFilled() throws Exception {
        String text = markdown.render(sample(), List.of(), defaults, TODAY);
        List<String> sections = List.of("## Summary", "## Customer impact", "## Trigger", "## Timeline", "## Five whys",
                "## Contributing factors", "## Corrective actions", "## Evidence", "## What we told customers",
                "## Lessons learned", "## Supporting links");
        for (String section : sections) {
            int at = text.indexOf(section);
            assertTrue(at > 0, section);
            String body = text.substring(at + section.length()).strip();
            assertFalse(body.startsWith("##") || body.startsWith("No ") || body.startsWith("(The"), section + " is empty");
        }
        assertTrue(text.contains("**Root cause:** Nothing in our weekly checklist reminds anyone to book vehicle services."));
        assertTrue(text.contains("- People affected besides the customers listed: 230\n- Money lost: £185.00\n"
                + "- Customers listed: 2\n"), text);
        assertTrue(text.contains("From discovery to first notice: 25 min"));
        // 420 + 310 expected, plus 2 × (40 × 4 × 3 × 50%) future value
        assertTrue(text.contains("At stake (what they expected plus the future business at risk): £1,210.00"), text);
        assertTrue(text.contains("- [x] Add vehicle service dates to the weekly checklist (process, high priority)"), text);
        assertTrue(text.contains("- [ ] Book a standby van and driver for every wedding weekend (prevent, high priority)"));
        assertTrue(text.contains("5. **Why was the service overdue?** Nothing in our weekly checklist"));
        assertFalse(text.contains("(files: )"), "no empty file list");
    }

    @Test
    void lettersThatWentOutAreToldAndOnTheTimeline() throws Exception {
        Incident incident = sample();
        LetterRecord pdf = LetterRecord.of(incident.id(), incident.customers().get(0), LetterKind.APOLOGY,
                LetterFormat.PDF, "/home/sam/letters/Apology - Zoë Lambert.pdf", Instant.parse("2026-11-15T09:00:00Z"));
        LetterRecord mail = LetterRecord.of(incident.id(), incident.customers().get(0), LetterKind.FOLLOW_UP,
                LetterFormat.MAIL, "zoe.lambert@example.com", Instant.parse("2026-11-22T09:00:00Z"));
        String text = markdown.render(incident, List.of(pdf, mail), defaults, TODAY);
        String told = text.substring(text.indexOf("## What we told customers"), text.indexOf("## Lessons learned"));
        assertTrue(told.contains(": Apology for Zoë Lambert saved as PDF (Apology - Zoë Lambert.pdf)"), told);
        assertTrue(told.contains(": Follow-up letter emailed to Zoë Lambert (zoe.lambert@example.com)"), told);
        String timeline = text.substring(text.indexOf("## Timeline"), text.indexOf("## Five whys"));
        assertTrue(timeline.indexOf("Apology for Zoë Lambert") < timeline.indexOf("Follow-up letter emailed"), timeline);
    }

    @Test
    void theTimesAndDurationsAreReadBackInTheZoneTheyWereRecordedIn() throws Exception {
        String text = markdown.render(sample(), List.of(), defaults, TODAY);
        String times = text.substring(text.indexOf("## Times and durations"), text.indexOf("## Timeline"));
        assertTrue(times.contains("*Times in Europe/London.*"), times);
        assertTrue(times.contains("- Started: about 14 Nov 2026, 12:00 GMT"), times);
        assertTrue(times.contains("- Discovered: 14 Nov 2026, 13:40 GMT"), times);
        assertTrue(times.contains("- Service restored: 14 Nov 2026, 16:10 GMT"), times);
        assertTrue(times.contains("- Time to detect: about 2 h"), "1 h 40 min from an estimated start: " + times);
        assertTrue(times.contains("- Time to tell customers: 25 min"), times);
        assertTrue(times.contains("- Time to restore: about 4 h"), times);
        assertTrue(times.contains("- Time to resolve: about 6 d"), times);
        String timeline = text.substring(text.indexOf("## Timeline"), text.indexOf("## Five whys"));
        assertTrue(timeline.contains("- 20 Nov 2026, 16:00 GMT: Resolved\n- 20 Nov 2026: Done: "), timeline);
    }

    @Test
    void lettersSavedAfterTheIncidentWasResolvedAreListedApart() throws Exception {
        Incident incident = sample();
        LetterRecord late = LetterRecord.of(incident.id(), incident.customers().get(0), LetterKind.APOLOGY,
                LetterFormat.PDF, "/home/sam/letters/Apology.pdf", Instant.parse("2028-03-01T10:00:00Z"));
        String text = markdown.render(incident, List.of(late), defaults, TODAY);
        String timeline = text.substring(text.indexOf("## Timeline"), text.indexOf("### Records made later"));
        String later = text.substring(text.indexOf("### Records made later"), text.indexOf("## Five whys"));
        assertFalse(timeline.contains("Apology for"), timeline);
        assertTrue(later.contains("- 1 Mar 2028, 10:00 GMT: Apology for Zoë Lambert saved as PDF"), later);
        assertFalse(markdown.render(incident, List.of(), defaults, TODAY).contains("Records made later"));
    }

    @Test
    void userTextCannotTurnIntoMarkupOrLists() throws Exception {
        Incident tricky = edit(sample(), e -> {
            e.title = "<b>Sale</b> *now* [link](http://x) {{title}}";
            e.admit = "- not a list\n1. nor this\n# nor a heading";
        });
        String text = markdown.render(tricky, List.of(), defaults, TODAY);
        assertTrue(text.startsWith("# Postmortem: \\<b\\>Sale\\</b\\> \\*now\\* \\[link\\](http://x) \\{\\{title\\}\\}\n"), text);
        assertTrue(text.contains("**We admitted:** \\- not a list\n1\\. nor this\n\\# nor a heading"), text);
    }

    @Test
    void theFileAppearsComplete(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("postmortem.md");
        markdown.write(sample(), List.of(), defaults, TODAY, file);
        assertEquals(markdown.render(sample(), List.of(), defaults, TODAY), Files.readString(file));
        assertEquals(1, Files.list(dir).count(), "no temporary file left behind");
    }

    private static Incident sample() throws Exception {
        try (InputStream in = PostmortemMarkdownTest.class.getResourceAsStream("/assets/sample-incident.json")) {
            return new IncidentJson().read(in).get(0);
        }
    }
}
