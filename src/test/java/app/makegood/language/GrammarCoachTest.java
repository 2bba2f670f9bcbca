package app.makegood.language;

import app.makegood.domain.coach.ApologyChecker;
import app.makegood.domain.coach.Finding;
import app.makegood.domain.coach.FindingSeverity;
import app.makegood.domain.coach.LetterPart;
import app.makegood.domain.coach.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coach with the language engine: grammar-aware rules and proofreading in one pass. */
class GrammarCoachTest {
    private final ApologyChecker checker = new ApologyChecker(TestGrammar.english());

    private List<String> spans(List<Finding> findings, Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).map(Finding::text).toList();
    }

    @Test
    void issueSentenceShowsFillerHedgeBothPassivesAndTheGrammarSlip() {
        List<Finding> found = checker.check(LetterPart.ADMIT,
                "We apologise for any inconvenience this may of caused; mistakes were made and the order was forgotten.");
        assertEquals(List.of("We apologise for any"), spans(found, Rule.CORPORATE_FILLER));
        assertEquals(List.of("may of caused"), spans(found, Rule.HEDGED_IMPACT));
        assertEquals(List.of("mistakes were made", "was forgotten"), spans(found, Rule.PASSIVE_EVASIVE));
        Finding slip = found.stream().filter(f -> f.rule() == Rule.GRAMMAR).findFirst().orElseThrow();
        assertEquals("MODAL_OF", slip.ruleName());
        assertEquals(FindingSeverity.LANGUAGE, slip.severity());
        assertEquals("may have", slip.suggestion().orElseThrow());
    }

    @Test
    void passiveVoiceIsFoundForIrregularVerbsButNotForARemedyOrANamedDoer() {
        assertEquals(List.of("was forgotten"), spans(checker.check(LetterPart.ADMIT, "Your cake was forgotten."),
                Rule.PASSIVE_EVASIVE));
        assertEquals(List.of("were sent"), spans(checker.check(LetterPart.ADMIT,
                "The wrong shoes were sent to you."), Rule.PASSIVE_EVASIVE));
        assertTrue(spans(checker.check(LetterPart.ADMIT, "Your refund was issued today."), Rule.PASSIVE_EVASIVE).isEmpty());
        assertTrue(spans(checker.check(LetterPart.ADMIT, "The cake was dropped by one of our drivers."),
                Rule.PASSIVE_EVASIVE).isEmpty());
        assertTrue(spans(checker.check(LetterPart.ADMIT, "You will be refunded by Friday."), Rule.PASSIVE_EVASIVE).isEmpty());
    }

    @Test
    void vagueReferentsOnlyInAnApologyUnlessTheyNeverNameAnything() {
        assertEquals(List.of("what happened"), spans(checker.check(LetterPart.ADMIT, "We are sorry for what happened."),
                Rule.VAGUE_REFERENT));
        assertTrue(spans(checker.check(LetterPart.ADMIT, "We are sorry for the issue with your order."),
                Rule.VAGUE_REFERENT).isEmpty());
        assertTrue(spans(checker.check(LetterPart.EXPLAIN, "We are looking into the incident report today."),
                Rule.VAGUE_REFERENT).isEmpty());
    }

    /** Issue 15: the structure decides, so wordings no phrase list holds are found; look-alikes stay quiet. */
    @Test
    void apologyAimedAtAFeelingOrTheReadersReaction() {
        assertEquals(List.of("stress"), spans(checker.check(LetterPart.ADMIT,
                "We apologise for the stress and confusion."), Rule.FEELINGS_NOT_ACTS));
        assertEquals(List.of("anyone who thinks"), spans(checker.check(LetterPart.ADMIT,
                "We apologise to anyone who thinks the advert went too far."), Rule.FEELINGS_NOT_ACTS));
        assertEquals(List.of("anger the price rise caused"), spans(checker.check(LetterPart.ADMIT,
                "We regret the anger the price rise caused."), Rule.FEELINGS_NOT_ACTS));
        assertTrue(spans(checker.check(LetterPart.ADMIT, "I understand your frustration."),
                Rule.FEELINGS_NOT_ACTS).isEmpty());
        assertTrue(spans(checker.check(LetterPart.ADMIT,
                "We are sorry we lost your bags, and we know how stressful that was."), Rule.FEELINGS_NOT_ACTS).isEmpty());
    }

    @Test
    void theWritersOwnEmotionTakesTheStage() {
        assertEquals(List.of("We were utterly gutted"), spans(checker.check(LetterPart.ADMIT,
                "We were utterly gutted to read your letter."), Rule.SELF_FOCUS));
        assertTrue(spans(checker.check(LetterPart.ADMIT, "You were upset, and rightly so."), Rule.SELF_FOCUS).isEmpty());
    }

    @Test
    void aCausalConnectiveBeforeAnOutsideCauseInTheApology() {
        assertEquals(List.of("as a result of the airport curfew"), spans(checker.check(LetterPart.ADMIT,
                "Your flight landed in Leeds as a result of the airport curfew."), Rule.BLAME_SHIFTING));
        assertTrue(spans(checker.check(LetterPart.ADMIT,
                "Your delivery was two days late due to our packing mistake."), Rule.BLAME_SHIFTING).isEmpty());
    }

    @Test
    void anApologyForAnEventWithNoDoerOrForTheReaderBeingAffected() {
        assertEquals(List.of("this happened"), spans(checker.check(LetterPart.ADMIT, "I am sorry that this happened."),
                Rule.PASSIVE_EVASIVE));
        assertEquals(List.of("was affected"), spans(checker.check(LetterPart.ADMIT,
                "We are sorry that your booking was affected."), Rule.PASSIVE_EVASIVE));
        assertTrue(spans(checker.check(LetterPart.ADMIT, "We will refund everyone who was affected."),
                Rule.PASSIVE_EVASIVE).isEmpty());
        assertTrue(spans(checker.check(LetterPart.ADMIT, "Your replacement is being sent today."),
                Rule.PASSIVE_EVASIVE).isEmpty());
        assertEquals(List.of("been followed"), spans(checker.check(LetterPart.ADMIT,
                "Our checklist has not been followed."), Rule.PASSIVE_EVASIVE));
    }

    @Test
    void inconvenienceInAnApologyWhateverItsDeterminer() {
        assertEquals(List.of("inconvenience"), spans(checker.check(LetterPart.ADMIT,
                "We apologise for the delay and inconvenience."), Rule.MINIMISING));
        assertTrue(spans(checker.check(LetterPart.ADMIT, "We apologise for the major inconvenience."),
                Rule.MINIMISING).isEmpty());
    }

    @Test
    void whatHappenedIsVagueEvenOutsideTheApologyButWhatHappensIsNot() {
        assertEquals(List.of("what happened"), spans(checker.check(LetterPart.EXPLAIN,
                "We are still working out what happened."), Rule.VAGUE_REFERENT));
        assertTrue(spans(checker.check(LetterPart.EXPLAIN, "Nobody knows what happens next."),
                Rule.VAGUE_REFERENT).isEmpty());
    }

    /** A second look is served from the engine's sentence cache: the typo must stay a spelling slip, once. */
    @Test
    void aTypoStaysOneSpellingSlipWhenTheSentenceIsReadAgain() {
        String letter = "We are sorry: the order was forgoten on Friday.";
        for (int look = 0; look < 2; look++) {
            List<Finding> slips = checker.checkLetter(letter).stream()
                    .filter(f -> f.text().equals("forgoten")).toList();
            assertEquals(1, slips.size(), slips::toString);
            assertEquals(Rule.SPELLING, slips.get(0).rule());
        }
    }

    @Test
    void namesOfTheBusinessAndCustomersAreNotSpellingMistakes() {
        String text = "Thank you, Zoëlla, for telling Crumbsworth about the cake.";
        assertTrue(checker.check(LetterPart.THANK, text).stream().anyMatch(f -> f.rule() == Rule.SPELLING));
        assertTrue(checker.withNames(Set.of("Zoëlla Adams", "Crumbsworth Bakery")).check(LetterPart.THANK, text)
                .stream().noneMatch(f -> f.rule() == Rule.SPELLING));
    }
}
