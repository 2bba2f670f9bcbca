package app.makegood.domain.amends;

import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.OfferState;
import app.makegood.domain.PricePeriod;
import app.makegood.domain.amends.OfferWarning.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static app.makegood.domain.PricePeriod.MONTHLY;
import static app.makegood.domain.PricePeriod.ONE_OFF;
import static app.makegood.domain.PricePeriod.YEARLY;
import static app.makegood.domain.amends.Amounts.PLAIN;
import static app.makegood.domain.amends.Amounts.customer;
import static app.makegood.domain.amends.Amounts.inputs;
import static app.makegood.domain.amends.Amounts.money;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Prices per period: a hosting customer pays 30 a month, and the business keeps 60% of 3 years of it. */
class RecurringOfferTest {
    /** 30 an order, 12 orders a year, 3 years, 60% margin: 648 of future value at risk. */
    private static final FutureValueInputs HOSTING = inputs("30", "12", "3", "0.6");

    private static AffectedCustomer hosting(String offer, PricePeriod period, int periods) {
        return customer("30", offer, OfferState.OFFERED).withPeriods(MONTHLY, period, periods);
    }

    private static List<OfferWarning> warnings(AffectedCustomer c) {
        return OfferWarnings.check(c, Stakes.of(c, HOSTING), PLAIN);
    }

    @Test
    void aRecurringOfferIsWorthItsAmountForEachPeriod() {
        // A month free of a 30-a-month service is worth 30; 10% off for a year (3 a month for 12 months) is worth 36.
        assertEquals(money("30"), hosting("30", MONTHLY, 1).offerWorth().orElseThrow());
        assertEquals(money("36"), hosting("3", MONTHLY, 12).offerWorth().orElseThrow());
        // A one-off amount is paid once, whatever count was left behind.
        assertEquals(1, hosting("30", ONE_OFF, 12).offerPeriods());
        assertEquals(money("30"), hosting("30", ONE_OFF, 12).offerWorth().orElseThrow());
        assertEquals(1, hosting("30", MONTHLY, 0).offerPeriods());
    }

    @Test
    void aMonthlyPriceCountsOneMonthInTheStake() {
        Stake stake = Stakes.of(hosting("30", MONTHLY, 1), HOSTING);
        assertEquals(money("678.00"), stake.total());
        assertEquals("What they expected: 30.00 a month, counted for the one month that went wrong",
                stake.explanation(PLAIN).get(0));
    }

    @Test
    void aMonthFreeEqualToTheMonthlyFeeIsAFairRestoreNotAToken() {
        assertEquals(List.of(), warnings(hosting("30", MONTHLY, 1)));
        assertEquals(List.of(), warnings(hosting("3", MONTHLY, 12)));
    }

    @Test
    void aFullOneOffRefundIsNotATokenEither() {
        assertEquals(List.of(), warnings(customer("30", "30", OfferState.OFFERED)));
    }

    @Test
    void aRecurringOfferWorthLessThanAMonthIsSaidWithItsPeriods() {
        assertEquals(List.of(
                new OfferWarning(Kind.BELOW_EXPECTATION, "This covers less than what they paid for: "
                        + "18 (3 a month for six months) against 30.00 a month."),
                new OfferWarning(Kind.TOKEN, "This looks like a token: 18 (3 a month for six months) is less than"
                        + " 10% of the 678.00 at stake.")),
                warnings(hosting("3", MONTHLY, 6)));
    }

    @Test
    void theSuggestedRestoreIsNeverWarnedAbout() {
        for (AffectedCustomer c : List.of(hosting("0", MONTHLY, 1), customer("30", "0", OfferState.OFFERED))) {
            Stake stake = Stakes.of(c, HOSTING);
            SuggestedOffer restore = OfferTiers.suggest(stake, PLAIN).get(0);
            OfferTerms terms = OfferTerms.of(restore, stake);
            AffectedCustomer offered = new AffectedCustomer(c.id(), c.name(), c.email(), c.expected(),
                    c.expectedValue(), c.offerKind(), Optional.of(terms.amount()), "", OfferState.OFFERED, "", "", "",
                    Optional.empty(), c.expectedPeriod(), terms.period(), terms.periods());
            assertEquals(List.of(), OfferWarnings.check(offered, stake, PLAIN), c.expectedPeriod().name());
        }
    }

    @Test
    void aSuggestionOfWholeMonthsIsOfferedAsMonthsFree() {
        Stake stake = Stakes.of(hosting(null, ONE_OFF, 1), HOSTING);
        List<SuggestedOffer> tiers = OfferTiers.suggest(stake, PLAIN);
        assertEquals("Puts right what was promised: one month free, at the 30.00 a month they pay.",
                tiers.get(0).reason());
        assertEquals(new OfferTerms(money("30.00"), MONTHLY, 1), OfferTerms.of(tiers.get(0), stake));
        assertEquals(new OfferTerms(money("30.00"), MONTHLY, 3),
                OfferTerms.of(new SuggestedOffer(Tier.DELIGHT, money("90.00"), ""), stake));
        // 97.80 is not a whole number of months: it is offered as one amount.
        assertEquals(new OfferTerms(money("97.80"), ONE_OFF, 1), OfferTerms.of(tiers.get(1), stake));
    }

    @Test
    void offersInWords() {
        assertEquals("30 (one month free at 30 a month)", PriceWords.offer(hosting("30", MONTHLY, 1), PLAIN));
        assertEquals("90 (three months free at 30 a month)", PriceWords.offer(hosting("30", MONTHLY, 3), PLAIN));
        assertEquals("36 (3 a month for 12 months)", PriceWords.offer(hosting("3", MONTHLY, 12), PLAIN));
        assertEquals("10 for one month", PriceWords.offer(hosting("10", MONTHLY, 1), PLAIN));
        assertEquals("30 for one year", PriceWords.offer(hosting("30", YEARLY, 1), PLAIN));
        assertEquals("30", PriceWords.offer(hosting("30", ONE_OFF, 1), PLAIN));
        assertEquals("", PriceWords.offer(hosting(null, MONTHLY, 1), PLAIN));
    }

    @Test
    void totalsCountWhatRecurringOffersAreWorth() {
        AmendsTotals totals = AmendsTotals.of(List.of(hosting("3", MONTHLY, 12), hosting("30", ONE_OFF, 1)),
                c -> HOSTING);
        assertEquals(money("66.00"), totals.totalOffered());
    }
}
