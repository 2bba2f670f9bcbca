package app.makegood.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostmortemNotesTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void onlyCompleteWebAddressesAreLinks() {
        for (String good : List.of("https://example.com", "http://example.org/photos?a=1&b=2",
                " HTTPS://Example.com/report#part ")) {
            assertTrue(new SupportingLink("", good).linkable(), good);
        }
        for (String bad : List.of("", "example.com", "www.example.com/x", "https://", "javascript:alert(1)",
                "file:///etc/passwd", "mailto:sam@example.com", "https://exa mple.com")) {
            assertEquals(Optional.of("is not a web address; write it in full, such as https://example.com/report"),
                    new SupportingLink("Label", bad).problem(), bad);
        }
    }

    @Test
    void aLinkWithoutALabelShowsItsAddress() {
        assertEquals("https://example.com/a", new SupportingLink(null, " https://example.com/a ").shownAs());
        assertEquals("Manual", new SupportingLink("Manual", "https://example.com/a").shownAs());
    }

    @Test
    void unfilledRowsAreNotSections() {
        ContributingFactor empty = new ContributingFactor("", List.of(new WhyStep("", " ", false)));
        ContributingFactor onlyWhy = new ContributingFactor("", List.of(new WhyStep("", "No spare sensor.", false)));
        PostmortemNotes notes = new PostmortemNotes(null, List.of(empty, onlyWhy), null, null, null, null, null, null,
                null, List.of(new SupportingLink("Label only", "")));
        assertEquals(List.of(onlyWhy), notes.filledFactors());
        assertEquals(List.of(), notes.filledLinks());
        assertFalse(notes.unfilled());
        assertTrue(new PostmortemNotes("", List.of(empty), " ", Optional.empty(), Optional.empty(), "", "", "", "",
                List.of(new SupportingLink("x", " "))).unfilled());
        assertEquals(PostmortemNotes.EMPTY, new PostmortemNotes(null, null, null, null, null, null, null, null, null,
                null));
    }

    @Test
    void aZeroFigureIsStillTheOwnersFigure() {
        PostmortemNotes zero = new PostmortemNotes("", List.of(), "", Optional.of(0L), Optional.empty(), "", "", "", "",
                List.of());
        assertTrue(zero.hasImpactFigures());
        assertFalse(zero.unfilled());
        assertFalse(PostmortemNotes.EMPTY.hasImpactFigures());
    }

    @Test
    void copiesKeepTheNotesAndTheNotesChangeNothingElse() {
        Incident rich = SampleIncidents.rich("Burnt cakes", T0);
        Incident without = rich.withPostmortemNotes(PostmortemNotes.EMPTY);
        assertEquals(PostmortemNotes.EMPTY, without.postmortemNotes());
        assertEquals(rich, without.withPostmortemNotes(SampleIncidents.richNotes()));
        assertEquals(rich.postmortemNotes(), rich.withoutEvidenceContents().postmortemNotes());
        assertEquals(rich.postmortemNotes(), rich.withFirstNotice(new FirstNotice(Optional.of(T0),
                Optional.empty(), IncidentStatus.CUSTOMERS_TOLD)).postmortemNotes());
        assertEquals(PostmortemNotes.EMPTY, SampleIncidents.minimal("Late", T0).postmortemNotes());
        assertEquals(new BigDecimal("250.75"), rich.postmortemNotes().moneyLost().orElseThrow());
    }
}
