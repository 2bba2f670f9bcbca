package app.makegood.domain.review;

import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.review.SearchText.Field;
import app.makegood.domain.review.SearchText.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: the list says which field brought a row into the results when the title does not show why. */
class SearchMatchTest {
    private static final SearchText RICH = IncidentSearch.of(SampleIncidents.rich("Burnt Birthday Cake",
            Instant.parse("2026-11-01T10:00:00Z")));

    @Test
    void aCustomersNameOrEmailIsNamed() {
        assertEquals(Optional.of(new Field(Kind.CUSTOMER, "Anna Müller")), matched("anna"),
                "the name comes before the email that also holds the word");
        assertEquals(Optional.of(new Field(Kind.EMAIL, "chloe@example.org")), matched("CHLOE@example"),
                "case folded as the search folds it");
        assertEquals(Optional.of(new Field(Kind.REFERENCE, "Order 1042")), matched("order   1042"));
    }

    @Test
    void theFieldKindSaysWhereALongTextMatched() {
        assertEquals(Kind.ROOT_CAUSE, matched("temperature").orElseThrow().kind());
        assertEquals(Kind.WHY, matched("thermostat").orElseThrow().kind());
        assertEquals(Kind.ADMIT, matched("sorry").orElseThrow().kind());
        assertEquals(Kind.OWNER, matched("eli").orElseThrow().kind());
    }

    @Test
    void theWordTheTitleDoesNotHoldIsTheOneExplained() {
        assertEquals(Optional.empty(), matched("birthday CAKE"), "the title shows why");
        assertEquals(Kind.CUSTOMER, matched("cake müller").orElseThrow().kind(), "cake is in the title, müller not");
        assertEquals(Optional.empty(), matched(""), "no query, nothing to explain");
    }

    @Test
    void itFoldsExactlyAsTheSearchDoes() {
        // The search lowers case but keeps accents: "muller" finds no "Müller", and so names no field either.
        assertFalse(RICH.matches(IncidentSearch.words("muller")));
        assertEquals(Optional.empty(), matched("muller"));
        assertTrue(RICH.matches(IncidentSearch.words("MÜLLER")));
        assertEquals(Kind.CUSTOMER, matched("MÜLLER").orElseThrow().kind());
    }

    @Test
    void theFieldsMakeTheSameFoldedTextAsBefore() {
        Incident i = SampleIncidents.rich("Burnt Birthday Cake", Instant.parse("2026-11-01T10:00:00Z"));
        assertEquals(IncidentSearch.textOf(i), IncidentSearch.of(i).folded());
        assertEquals(Kind.TITLE, RICH.fields().get(0).kind());
    }

    private static Optional<Field> matched(String query) {
        return RICH.matchedBeyondTitle(IncidentSearch.words(query));
    }
}
