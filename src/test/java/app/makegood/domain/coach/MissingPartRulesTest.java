package app.makegood.domain.coach;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** checkAll: what a part must contain, and the letter-wide readability score. */
class MissingPartRulesTest {
    private static final String ADMIT = "I'm sorry we sent you the wrong size of boots.";
    private static final String THANK = "Thank you for telling us so quickly.";
    private static final String EXPLAIN = "Our packing list printed the wrong size. I have sent the right pair today.";
    private static final String AMENDS = "I have refunded the £8 postage.";
    private static final String FOLLOW_UP = "We now check every label against the order, so it does not happen again.";

    private final ApologyChecker checker = new ApologyChecker();

    private static Map<LetterPart, String> good() {
        Map<LetterPart, String> m = new EnumMap<>(LetterPart.class);
        m.put(LetterPart.ADMIT, ADMIT);
        m.put(LetterPart.THANK, THANK);
        m.put(LetterPart.EXPLAIN, EXPLAIN);
        m.put(LetterPart.AMENDS, AMENDS);
        m.put(LetterPart.FOLLOW_UP, FOLLOW_UP);
        return m;
    }

    private List<Rule> rules(Map<LetterPart, String> texts, boolean fixed) {
        return checker.checkAll(texts, fixed).stream().map(Finding::rule).toList();
    }

    private Map<LetterPart, String> with(LetterPart part, String text) {
        Map<LetterPart, String> m = good();
        m.put(part, text);
        return m;
    }

    @Test
    void aGoodLetterHasNoFindings() {
        assertEquals(List.of(), checker.checkAll(good(), true));
    }

    @Test
    void admitNeedsAFirstPersonApology() {
        assertEquals(List.of(Rule.MISSING_APOLOGY), rules(with(LetterPart.ADMIT, "Sorry, the boots were the wrong size."), false));
        assertEquals(List.of(Rule.MISSING_APOLOGY), rules(with(LetterPart.ADMIT, ""), false));
        for (String ok : List.of("We are truly sorry.", "We\u2019re sorry.", "I apologise.", "We sincerely apologize.",
                "My apologies.", "Our sincere apologies.", "I want to say sorry.", "Please accept our apologies.")) {
            assertFalse(rules(with(LetterPart.ADMIT, ok), false).contains(Rule.MISSING_APOLOGY), ok);
        }
        Finding f = checker.checkAll(with(LetterPart.ADMIT, ""), false).get(0);
        assertEquals(LetterPart.ADMIT, f.part());
        assertEquals(0, f.start());
        assertEquals("", f.text());
        assertEquals("MISSING_APOLOGY:", f.key());
    }

    @Test
    void thankNeedsThanks() {
        assertEquals(List.of(Rule.MISSING_THANKS), rules(with(LetterPart.THANK, "You told us quickly."), false));
        assertEquals(List.of(), rules(with(LetterPart.THANK, "We're grateful you told us."), false));
        Map<LetterPart, String> absent = good();
        absent.remove(LetterPart.THANK);
        assertEquals(List.of(Rule.MISSING_THANKS), rules(absent, false));
    }

    @Test
    void explainNeedsAFirstPersonStepAndADate() {
        Finding noStep = checker.checkAll(with(LetterPart.EXPLAIN, "The labels were printed on Monday."), false).get(0);
        assertEquals(Rule.MISSING_ACTION, noStep.rule());
        assertTrue(noStep.message().contains("step"), noStep.message());
        Finding noDate = checker.checkAll(with(LetterPart.EXPLAIN, "We are reprinting the labels."), false).get(0);
        assertTrue(noDate.message().contains("date"), noDate.message());
        assertEquals(List.of(Rule.MISSING_ACTION), rules(with(LetterPart.EXPLAIN, "We are sorry and aware of it."), false));
        for (String ok : List.of("I'll call you by the end of the week.", "We have replaced the printer on 3 May.",
                "We're rebuilding the page; it is back at 5pm.", "I refunded you yesterday.",
                "We will post it within 2 days.")) {
            assertEquals(List.of(), rules(with(LetterPart.EXPLAIN, ok), false), ok);
        }
    }

    @Test
    void preventionIsNeededOnlyOnceTheIncidentIsFixed() {
        Map<LetterPart, String> none = with(LetterPart.FOLLOW_UP, "");
        assertEquals(List.of(Rule.MISSING_PREVENTION), rules(none, true));
        assertEquals(List.of(), rules(none, false));
        assertEquals(LetterPart.FOLLOW_UP, checker.checkAll(none, true).get(0).part());
        // a prevention step in the explanation counts too
        Map<LetterPart, String> inExplain = with(LetterPart.FOLLOW_UP, "");
        inExplain.put(LetterPart.EXPLAIN, EXPLAIN + " We have added a second check to prevent this.");
        assertEquals(List.of(), rules(inExplain, true));
    }

    @Test
    void amendsWithAnOfferNeedAnAmountOrAThing() {
        Finding f = checker.checkAll(with(LetterPart.AMENDS, "As a goodwill gesture we would like to offer a discount."), false).get(0);
        assertEquals(Rule.AMENDS_WITHOUT_VALUE, f.rule());
        assertEquals("goodwill", f.text());
        assertEquals(5, f.start());
        for (String ok : List.of("We'll refund 20% of the bill.", "Here is a voucher for $15.", "You'll get a full refund.",
                "We offer a free replacement.", "Your next dessert is on us, and we refunded the order in full.", "")) {
            assertEquals(List.of(), rules(with(LetterPart.AMENDS, ok), false), ok);
        }
    }

    @Test
    void hardLetterGetsALowReadabilityFindingWithTheScore() {
        Map<LetterPart, String> hard = with(LetterPart.EXPLAIN, "I have telephoned you today. Organisational "
                + "communication deficiencies regarding fulfilment prioritisation consequently necessitated "
                + "comprehensive operational reconsideration; additionally, administrative documentation "
                + "inconsistencies unfortunately exacerbated considerable dissatisfaction.");
        Finding f = checker.checkAll(hard, false).stream().filter(x -> x.rule() == Rule.LOW_READABILITY).findFirst().orElseThrow();
        assertEquals(LetterPart.WHOLE, f.part());
        assertTrue(f.message().matches("Reading ease is -?\\d+ out of 100.*"), f.message());
        assertFalse(rules(good(), false).contains(Rule.LOW_READABILITY));
    }

    @Test
    void findingsComeInLetterOrder() {
        Map<LetterPart, String> m = with(LetterPart.ADMIT, "We regret the mix-up.");
        m.put(LetterPart.THANK, "");
        List<Finding> found = checker.checkAll(m, false);
        // within a part by start then end: the empty MISSING_APOLOGY span at 0 comes before "We regret" at 0-9
        assertEquals(List.of(Rule.MISSING_APOLOGY, Rule.CORPORATE_FILLER, Rule.MISSING_THANKS),
                found.stream().map(Finding::rule).toList());
    }
}
