package app.makegood.domain.amends;

import app.makegood.domain.OfferState;
import app.makegood.domain.amends.OfferWarning.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.makegood.domain.amends.Amounts.NO_FUTURE;
import static app.makegood.domain.amends.Amounts.PLAIN;
import static app.makegood.domain.amends.Amounts.customer;
import static app.makegood.domain.amends.Amounts.inputs;
import static app.makegood.domain.amends.Amounts.stake;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OfferWarningsTest {
    private static List<Kind> kinds(String expected, String offer, OfferState state, Stake stake) {
        return OfferWarnings.check(customer(expected, offer, state), stake, PLAIN).stream()
                .map(OfferWarning::kind).toList();
    }

    private static List<Kind> kinds(String expected, String offer) {
        return kinds(expected, offer, OfferState.OFFERED, stake(expected, NO_FUTURE));
    }

    @Test
    void offerBelowWhatTheyPaidForIsFlaggedInPlainWords() {
        assertEquals(List.of(new OfferWarning(Kind.BELOW_EXPECTATION,
                        "This covers less than what they paid for: 49.99 against 50.00.")),
                OfferWarnings.check(customer("50", "49.99", OfferState.NOT_OFFERED), stake("50", NO_FUTURE), PLAIN));
        assertEquals(List.of(), kinds("50", "50.00"));
    }

    @Test
    void tokenAgainstALargeStake() {
        // The free appetiser after a ruined dinner: 8 against 80 + 216.
        Stake dinner = stake("80", inputs("40", "6", "3", "0.3"));
        assertEquals(List.of(new OfferWarning(Kind.BELOW_EXPECTATION,
                        "This covers less than what they paid for: 8 against 80.00."),
                new OfferWarning(Kind.TOKEN, "This looks like a token: 8 is less than 10% of the 296.00 at stake.")),
                OfferWarnings.check(customer("80", "8", OfferState.OFFERED), dinner, PLAIN));
    }

    @Test
    void tokenBoundaries() {
        // A stake of exactly 100.00 is large; 10.00 is exactly 10% and is not a token.
        Stake hundred = stake("0", inputs("100", "1", "1", "1"));
        assertEquals(List.of(Kind.TOKEN), kinds(null, "9.99", OfferState.OFFERED, hundred));
        assertEquals(List.of(), kinds(null, "10.00", OfferState.OFFERED, hundred));
        // Below 100.00 a small offer is proportionate.
        Stake small = stake("0", inputs("99.99", "1", "1", "1"));
        assertEquals(List.of(), kinds(null, "0.01", OfferState.OFFERED, small));
    }

    @Test
    void missingOfferOnlyWhenTheyWereToldOfOne() {
        assertEquals(List.of(new OfferWarning(Kind.MISSING_OFFER,
                        "They were told they would get an offer, but it has no amount yet.")),
                OfferWarnings.check(customer("50", null, OfferState.OFFERED), stake("50", NO_FUTURE), PLAIN));
        assertEquals(List.of(Kind.MISSING_OFFER), kinds("50", null, OfferState.ACCEPTED, stake("50", NO_FUTURE)));
        assertEquals(List.of(), kinds("50", null, OfferState.NOT_OFFERED, stake("50", NO_FUTURE)));
        assertEquals(List.of(), kinds("50", null, OfferState.DECLINED, stake("50", NO_FUTURE)));
    }

    @Test
    void missingExpectationMeansNothingIsBelowIt() {
        assertEquals(List.of(), kinds(null, "0", OfferState.OFFERED, stake("0", NO_FUTURE)));
    }
}
