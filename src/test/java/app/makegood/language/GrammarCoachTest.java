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
        finds(Rule.FEELINGS_NOT_ACTS, "stress", "We apologise for the stress and confusion.");
        finds(Rule.FEELINGS_NOT_ACTS, "anyone who thinks", "We apologise to anyone who thinks the advert went too far.");
        finds(Rule.FEELINGS_NOT_ACTS, "anger the price rise caused", "We regret the anger the price rise caused.");
        quiet(Rule.FEELINGS_NOT_ACTS, LetterPart.ADMIT, "I understand your frustration.");
        quiet(Rule.FEELINGS_NOT_ACTS, LetterPart.ADMIT, "We are sorry we lost your bags, and we know how stressful that was.");
    }

    @Test
    void theWritersOwnEmotionTakesTheStage() {
        finds(Rule.SELF_FOCUS, "We were utterly gutted", "We were utterly gutted to read your letter.");
        quiet(Rule.SELF_FOCUS, LetterPart.ADMIT, "You were upset, and rightly so.");
    }

    @Test
    void aCausalConnectiveBeforeAnOutsideCauseInTheApology() {
        finds(Rule.BLAME_SHIFTING, "as a result of the airport curfew",
                "Your flight landed in Leeds as a result of the airport curfew.");
        quiet(Rule.BLAME_SHIFTING, LetterPart.ADMIT, "Your delivery was two days late due to our packing mistake.");
    }

    @Test
    void anApologyForAnEventWithNoDoerOrForTheReaderBeingAffected() {
        finds(Rule.PASSIVE_EVASIVE, "this happened", "I am sorry that this happened.");
        finds(Rule.PASSIVE_EVASIVE, "was affected", "We are sorry that your booking was affected.");
        finds(Rule.PASSIVE_EVASIVE, "been followed", "Our checklist has not been followed.");
        quiet(Rule.PASSIVE_EVASIVE, LetterPart.ADMIT, "We will refund everyone who was affected.");
        quiet(Rule.PASSIVE_EVASIVE, LetterPart.ADMIT, "Your replacement is being sent today.");
    }

    @Test
    void inconvenienceInAnApologyWhateverItsDeterminerAndWhatHappenedAnywhere() {
        finds(Rule.MINIMISING, "inconvenience", "We apologise for the delay and inconvenience.");
        quiet(Rule.MINIMISING, LetterPart.ADMIT, "We apologise for the major inconvenience.");
        assertEquals(List.of("what happened"), spans(checker.check(LetterPart.EXPLAIN,
                "We are still working out what happened."), Rule.VAGUE_REFERENT));
        quiet(Rule.VAGUE_REFERENT, LetterPart.EXPLAIN, "Nobody knows what happens next.");
    }

    private void finds(Rule rule, String span, String admit) {
        assertEquals(List.of(span), spans(checker.check(LetterPart.ADMIT, admit), rule), admit);
    }

    private void quiet(Rule rule, LetterPart part, String text) {
        assertTrue(spans(checker.check(part, text), rule).isEmpty(), text);
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

    private Set<Rule> kinds(LetterPart part, String text) {
        return checker.check(part, text).stream().map(Finding::rule).collect(java.util.stream.Collectors.toSet());
    }

    /** Third round (issue 15): general forms of the weak kinds, in sentences from no corpus. */
    @Test
    void generalFormsOfTheWeakKindsAreFound() {
        assertTrue(kinds(LetterPart.ADMIT, "Late deliveries are not who we are.").contains(Rule.TRACK_RECORD));
        assertTrue(kinds(LetterPart.ADMIT, "This is not the service you have come to expect from Crumb & Co.")
                .contains(Rule.TRACK_RECORD));
        assertTrue(kinds(LetterPart.ADMIT, "The bakery prides itself on fresh bread.").contains(Rule.TRACK_RECORD));
        assertTrue(kinds(LetterPart.ADMIT, "Honestly, it's been very hard for me.").contains(Rule.SELF_FOCUS));
        assertTrue(kinds(LetterPart.ADMIT, "Scammers are increasingly sophisticated.").contains(Rule.BLAME_SHIFTING));
        assertTrue(kinds(LetterPart.ADMIT, "We are sorry; the delay happened as a result of Parcelnet's van breaking down.")
                .contains(Rule.BLAME_SHIFTING));
        assertTrue(kinds(LetterPart.ADMIT, "The fault was confined to only a few ovens.").contains(Rule.MINIMISING));
        assertTrue(kinds(LetterPart.ADMIT, "We know the inconvenience this brought to your party.").contains(Rule.MINIMISING));
        assertTrue(kinds(LetterPart.ADMIT, "Like any busy restaurant, we sometimes get orders wrong.")
                .contains(Rule.DIFFUSED_BLAME));
        assertTrue(kinds(LetterPart.ADMIT, "Our shop remains committed to quality.").contains(Rule.CORPORATE_FILLER));
        assertTrue(kinds(LetterPart.ADMIT, "There was a payment error on Saturday.").contains(Rule.PASSIVE_EVASIVE));
        assertTrue(kinds(LetterPart.ADMIT, "Your bookings have been cancelled twice this month.")
                .contains(Rule.PASSIVE_EVASIVE));
    }

    /** States, denials and promised effort are not evasions or self-focus. */
    @Test
    void statesDenialsAndPromisedEffortStayQuiet() {
        Set<Rule> problems = Set.of(Rule.PASSIVE_EVASIVE, Rule.SELF_FOCUS, Rule.BLAME_SHIFTING, Rule.MINIMISING);
        for (String fine : List.of("The shop is closed on Sundays.", "No card details were taken.",
                "We are working hard to get your order to you by Friday.",
                "Customers who experienced a delay will get a full refund.", "We refused to charge you again.",
                "This is more than a blip, and we are sorry.")) {
            assertTrue(kinds(LetterPart.ADMIT, fine).stream().noneMatch(problems::contains), fine);
        }
    }
}
