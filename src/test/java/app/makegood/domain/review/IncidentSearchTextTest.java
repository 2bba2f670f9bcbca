package app.makegood.domain.review;

import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentSearchTextTest {
    private static final Incident RICH = SampleIncidents.rich("Burnt Birthday Cake",
            Instant.parse("2026-11-01T10:00:00Z"));

    @Test
    void everythingWrittenIsInTheTextFoldedInOrder() {
        assertEquals(IncidentSearch.fold(String.join("\n", List.of("Burnt Birthday Cake",
                "We burnt your cake, and we are sorry.", "Thank you for telling us straight away.",
                "The oven ran 40 degrees too hot.\nWe are checking every batch.", "Cakes came out burnt",
                "Oven off.", "New sensor fitted.",
                "Why were the cakes burnt?", "The oven was too hot.", "Why was it too hot?",
                "The thermostat sensor failed.", "Why did nobody notice?", "Nobody checks the temperature.",
                "Calibrate the oven thermometer weekly", "Dana", "Log sheet on the wall",
                "Add the oven check to the opening checklist", "Eli",
                "Ask the supplier for a spare sensor", "The sensor is no longer made.",
                "Anna Müller", "anna@example.com", "Order 1042", "Ben O'Neil",
                "Chloé", "chloe@example.org", "Booking B-7")) + "\n"), IncidentSearch.textOf(RICH));
    }

    @Test
    void foldingLowersCaseAndMakesEachWhitespaceRunOneSpaceAsTheRegexDid() {
        String text = "  Crème BRÛLÉE\r\n\tİstanbul \u000B\f ÅNGSTRÖM\u00A0Ω  x\n";
        assertEquals(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), IncidentSearch.fold(text));
        assertEquals("", IncidentSearch.fold(null));
    }

    @Test
    void notesOffersAndSalutationsAreNotSearched() {
        String text = IncidentSearch.textOf(RICH);
        for (String left : List.of("prefers phone calls", "free delivery", "dear anna", "cake for saturday")) {
            assertFalse(text.contains(left), left);
        }
        assertTrue(IncidentSearch.matches(text, IncidentSearch.words("THERMOSTAT anna@example")));
    }
}
