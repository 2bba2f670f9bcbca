package app.makegood.domain.amends;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static app.makegood.domain.amends.Amounts.NO_FUTURE;
import static app.makegood.domain.amends.Amounts.PLAIN;
import static app.makegood.domain.amends.Amounts.inputs;
import static app.makegood.domain.amends.Amounts.money;
import static app.makegood.domain.amends.Amounts.stake;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OfferTiersTest {
    @Test
    void regularCustomerTiersGrowWithTheStake() {
        // Stake 50 + 216 = 266: goodwill 10% = 26.60, delight 25% of 216 = 54.00.
        assertEquals(List.of(
                new SuggestedOffer(Tier.RESTORE, money("50.00"), "Puts right what was promised: the 50.00 they expected."),
                new SuggestedOffer(Tier.REBALANCE, money("76.60"), "Restores the 50.00 they expected and adds 26.60"
                        + " for their time and trouble: 10% of the 266.00 stake."),
                new SuggestedOffer(Tier.DELIGHT, money("104.00"), "Restores the 50.00 they expected and adds 54.00,"
                        + " 25% of the 216.00 the business keeps if they come back: generous enough that they tell"
                        + " friends.")),
                OfferTiers.suggest(stake("50", inputs("40", "6", "3", "0.3")), PLAIN));
    }

    @Test
    void smallStakeStillGetsTheMinimumExtraAndDelightStaysAbove() {
        List<SuggestedOffer> tiers = OfferTiers.suggest(stake("20", NO_FUTURE), PLAIN);
        assertEquals(money("20.00"), tiers.get(0).value());
        assertEquals(money("25.00"), tiers.get(1).value());
        assertEquals("Restores the 20.00 they expected and adds 5.00 for their time and trouble, the smallest extra"
                + " worth giving (10% of the 20.00 stake would be less).", tiers.get(1).reason());
        assertEquals(money("30.00"), tiers.get(2).value());
        assertEquals("Restores the 20.00 they expected and adds 10.00, twice the goodwill extra, as little future"
                + " business is at risk: generous enough that they tell friends.", tiers.get(2).reason());
    }

    @Test
    void minimumAppliesJustBelowFiftyAndNotAtIt() {
        assertEquals(money("54.99"), OfferTiers.suggest(stake("49.99", NO_FUTURE), PLAIN).get(1).value());
        assertEquals(money("55.00"), OfferTiers.suggest(stake("50", NO_FUTURE), PLAIN).get(1).value());
    }

    @Test
    void delightNeverDropsBelowRebalanceWhenLittleFutureIsAtRisk() {
        // Stake 300 + 100 = 400: goodwill 40; 25% of 100 = 25 is less than 2 x 40, so 80 is added.
        List<SuggestedOffer> tiers = OfferTiers.suggest(stake("300", inputs("50", "2", "1", "1")), PLAIN);
        assertEquals(money("340.00"), tiers.get(1).value());
        assertEquals(money("380.00"), tiers.get(2).value());
    }

    @Test
    void missingExpectationHasNothingToRestore() {
        List<SuggestedOffer> tiers = OfferTiers.suggest(Stakes.of(Optional.empty(), NO_FUTURE), PLAIN);
        assertEquals(new SuggestedOffer(Tier.RESTORE, money("0.00"),
                "Nothing is entered for what they expected, so there is nothing to restore yet."), tiers.get(0));
        assertEquals(money("5.00"), tiers.get(1).value());
    }

    @Test
    void extrasAreRoundedHalfEven() {
        // 10% of the 123.25 stake = 12.325 -> 12.32 (2 is even); 25% of 123.00 = 30.75.
        List<SuggestedOffer> tiers = OfferTiers.suggest(stake("0.25", inputs("123", "1", "1", "1")), PLAIN);
        assertEquals(money("12.57"), tiers.get(1).value());
        assertEquals(money("31.00"), tiers.get(2).value());
    }
}
