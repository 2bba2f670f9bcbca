package app.makegood.domain.amends;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Three offers measured against the stake. The numbers are starting points the owner can change:
 * <ul>
 * <li>RESTORE gives back exactly what they expected; it fixes the deal but not the trouble.</li>
 * <li>REBALANCE adds a goodwill extra of {@value #GOODWILL_PERCENT}% of the stake (about a tip), and at least
 * {@link #MINIMUM_EXTRA} so that even a small incident gets an extra that reads as a gesture, not change.</li>
 * <li>DELIGHT adds {@value #DELIGHT_PERCENT}% of the future value at risk: the business keeps three quarters
 * of what a returning customer brings, and the customer gets enough to tell friends about. It is never less
 * than twice the goodwill extra, so it stays above REBALANCE when little future business is at risk.</li>
 * </ul>
 * Amounts are in the business currency, so the minimum assumes a currency where 5.00 buys a coffee.
 */
public final class OfferTiers {
    static final int GOODWILL_PERCENT = 10;
    static final int DELIGHT_PERCENT = 25;
    static final BigDecimal GOODWILL_SHARE = BigDecimal.valueOf(GOODWILL_PERCENT, 2);
    static final BigDecimal MINIMUM_EXTRA = new BigDecimal("5.00");
    private static final BigDecimal DELIGHT_SHARE = BigDecimal.valueOf(DELIGHT_PERCENT, 2);
    private static final String TELL_FRIENDS = ": generous enough that they tell friends.";

    private OfferTiers() {
    }

    /** @param money formats an amount in the business currency and the user's locale */
    public static List<SuggestedOffer> suggest(Stake stake, Function<BigDecimal, String> money) {
        BigDecimal share = Money.round(stake.total().multiply(GOODWILL_SHARE));
        BigDecimal goodwill = share.max(MINIMUM_EXTRA);
        return List.of(restore(stake, money), rebalance(stake, share, goodwill, money),
                delight(stake, goodwill, money));
    }

    private static SuggestedOffer restore(Stake stake, Function<BigDecimal, String> money) {
        String reason = stake.expectationMissing()
                ? "Nothing is entered for what they expected, so there is nothing to restore yet."
                : stake.expectedPeriod().recurs()
                ? "Puts right what was promised: " + PriceWords.span(1, stake.expectedPeriod()) + " free, at the "
                        + stake.expectationText(money) + " they pay."
                : "Puts right what was promised: the " + money.apply(stake.expectationValue()) + " they expected.";
        return new SuggestedOffer(Tier.RESTORE, stake.expectationValue(), reason);
    }

    private static SuggestedOffer rebalance(Stake stake, BigDecimal share, BigDecimal goodwill,
                                            Function<BigDecimal, String> money) {
        String tenPercent = GOODWILL_PERCENT + "% of the " + money.apply(stake.total()) + " stake";
        String why = share.compareTo(MINIMUM_EXTRA) < 0
                ? ", the smallest extra worth giving (" + tenPercent + " would be less)."
                : ": " + tenPercent + ".";
        return new SuggestedOffer(Tier.REBALANCE, Money.round(stake.expectationValue().add(goodwill)),
                restores(stake, goodwill, money) + " for their time and trouble" + why);
    }

    private static SuggestedOffer delight(Stake stake, BigDecimal goodwill, Function<BigDecimal, String> money) {
        BigDecimal share = Money.round(stake.futureValueAtRisk().multiply(DELIGHT_SHARE));
        BigDecimal floor = Money.round(goodwill.add(goodwill));
        String why = share.compareTo(floor) >= 0
                ? ", " + DELIGHT_PERCENT + "% of the " + money.apply(stake.futureValueAtRisk())
                        + " the business keeps if they come back"
                : ", twice the goodwill extra, as little future business is at risk";
        BigDecimal extra = share.max(floor);
        return new SuggestedOffer(Tier.DELIGHT, Money.round(stake.expectationValue().add(extra)),
                restores(stake, extra, money) + why + TELL_FRIENDS);
    }

    private static String restores(Stake stake, BigDecimal extra, Function<BigDecimal, String> money) {
        return "Restores the " + money.apply(stake.expectationValue()) + " they expected and adds "
                + money.apply(extra);
    }
}
