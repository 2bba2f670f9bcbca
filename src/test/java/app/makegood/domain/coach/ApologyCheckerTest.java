package app.makegood.domain.coach;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spans, suggestions, ordering and keys of wording findings. */
class ApologyCheckerTest {
    private final ApologyChecker checker = new ApologyChecker();

    private Finding only(Rule rule, LetterPart part, String text) {
        List<Finding> found = checker.check(part, text).stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, found.size(), () -> "expected one " + rule + " in: " + checker.check(part, text));
        return found.get(0);
    }

    @Test
    void spanIsTheContrastWordWithExactOffsetsInTheOriginalCurlyText() {
        String text = "We\u2019re sorry, but the courier was late.";
        Finding f = only(Rule.QUALIFIED_APOLOGY, LetterPart.ADMIT, text);
        assertEquals(13, f.start());
        assertEquals(16, f.end());
        assertEquals("but", f.text());
        assertEquals(text.substring(f.start(), f.end()), f.text());
        assertEquals(Optional.of(""), f.suggestion());
        assertEquals(FindingSeverity.PROBLEM, f.severity());
        assertEquals(LetterPart.ADMIT, f.part());
    }

    @Test
    void deletingTheContrastEndsTheApologyAtTheFullStop() {
        String text = "We're sorry, but the courier was late.";
        assertEquals("We're sorry. The courier was late.",
                Rewrite.apply(text, only(Rule.QUALIFIED_APOLOGY, LetterPart.ADMIT, text)));
        String last = "We're sorry for the wait. It was busy, however.";
        assertEquals("We're sorry for the wait. It was busy.",
                Rewrite.apply(last, only(Rule.QUALIFIED_APOLOGY, LetterPart.ADMIT, last)));
        String next = "I'm sorry. However, our terms are clear.";
        assertEquals("I'm sorry. Our terms are clear.",
                Rewrite.apply(next, only(Rule.QUALIFIED_APOLOGY, LetterPart.ADMIT, next)));
    }

    @Test
    void contrastOutsideAnApologyIsNotAQualifiedApology() {
        assertTrue(checker.check(LetterPart.EXPLAIN, "The site was slow, but we fixed it today.").isEmpty());
        // an apology, then a later sentence that merely contains "but"
        assertTrue(checker.check(LetterPart.ADMIT, "We're sorry. The oven broke, but we have a new one.").isEmpty());
    }

    @Test
    void yetDecision() {
        // Decided: only a clause-opening "yet" contrasts; "not yet", "as yet", "arrived yet", "yet again" do not.
        for (String innocent : List.of("I'm sorry it has not arrived yet.", "We're sorry; as yet we have no date.",
                "We're sorry it was late yet again.", "We're sorry we have yet to call you.")) {
            assertTrue(checker.check(LetterPart.ADMIT, innocent).isEmpty(), innocent);
        }
        assertEquals("yet", only(Rule.QUALIFIED_APOLOGY, LetterPart.ADMIT, "We're sorry, and yet it was busy.").text());
    }

    @Test
    void suggestionsReplaceExactlyTheSpanAndKeepTheCapital() {
        Finding f = only(Rule.PASSIVE_EVASIVE, LetterPart.ADMIT, "Mistakes were made, and I'm sorry.");
        assertEquals("Mistakes were made", f.text());
        assertEquals(Optional.of("We made mistakes"), f.suggestion());
        Finding g = only(Rule.PASSIVE_EVASIVE, LetterPart.ADMIT, "I'm sorry your parcel was lost.");
        assertEquals("your parcel was lost", g.text());
        assertEquals("I'm sorry we lost your parcel.", Rewrite.apply("I'm sorry your parcel was lost.", g));
        Finding h = only(Rule.CONDITIONAL_APOLOGY, LetterPart.ADMIT, "I\u2019m SORRY IF it upset you.");
        assertEquals("SORRY IF", h.text());
        assertEquals(Optional.of("Sorry that"), h.suggestion());
    }

    @Test
    void britishAndAmericanSpellingsBothMatch() {
        assertEquals("apologise if", only(Rule.CONDITIONAL_APOLOGY, LetterPart.ADMIT, "We apologise if it hurt.").text());
        assertEquals("apologize if", only(Rule.CONDITIONAL_APOLOGY, LetterPart.ADMIT, "We apologize if it hurt.").text());
        assertEquals("We apologize for any",
                only(Rule.CORPORATE_FILLER, LetterPart.ADMIT, "We apologize for any delay.").text());
    }

    @Test
    void supplierBlameOnlyInAdmitButCustomerBlameEverywhere() {
        String courier = "The courier lost your parcel on Monday.";
        assertEquals("The courier", only(Rule.BLAME_SHIFTING, LetterPart.ADMIT, courier).text());
        assertTrue(checker.check(LetterPart.EXPLAIN, courier).isEmpty());
        for (LetterPart part : List.of(LetterPart.ADMIT, LetterPart.EXPLAIN, LetterPart.AMENDS, LetterPart.FOLLOW_UP)) {
            assertEquals("you failed to", only(Rule.BLAME_SHIFTING, part, "Sadly you failed to collect it.").text());
        }
    }

    @Test
    void longSentenceSpanIsTheTrimmedSentence() {
        String longOne = "We are sorry that " + "the order and ".repeat(10) + "the rest arrived.";
        String text = "Hello.  " + longOne + " Thanks.";
        Finding f = only(Rule.LONG_SENTENCE, LetterPart.EXPLAIN, text);
        assertEquals(longOne, f.text());
        assertEquals(8, f.start());
        assertTrue(f.message().startsWith("37 words"), f.message());
        assertTrue(checker.check(LetterPart.EXPLAIN, "word ".repeat(30).strip() + ".").isEmpty(), "30 words is fine");
    }

    @Test
    void findingsAreSortedByStartAndKeyedByRuleAndLowercaseSpan() {
        List<Finding> found = checker.check(LetterPart.ADMIT,
                "Dear Valued Customer, we apologise for any inconvenience; going forward it is only minor.");
        List<Integer> starts = found.stream().map(Finding::start).toList();
        assertEquals(starts.stream().sorted().toList(), starts);
        assertEquals("CORPORATE_FILLER:valued customer", found.get(0).key());
        assertTrue(found.stream().anyMatch(f -> f.key().equals("JARGON:going forward")));
    }

    @Test
    void overlappingMatchesOfOneRuleAreReportedOnce() {
        List<Finding> found = checker.check(LetterPart.ADMIT, "We apologise if anyone was offended.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("apologise if", found.get(0).text());
    }

    @Test
    void emptyAndNullTextHaveNoFindings() {
        assertTrue(checker.check(LetterPart.ADMIT, "").isEmpty());
        assertTrue(checker.check(LetterPart.ADMIT, null).isEmpty());
    }

    @Test
    void findingRejectsASpanThatDoesNotMatchItsText() {
        assertThrows(IllegalArgumentException.class, () -> new Finding(Rule.JARGON, FindingSeverity.SUGGESTION,
                LetterPart.EXPLAIN, 3, 5, "abc", "m", Optional.empty()));
    }
}
