package app.makegood.domain.amends;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.OfferState;
import app.makegood.domain.amends.OfferWarning.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks one customer's offer against their stake. An amount is checked whatever its state, so a draft
 * is flagged before it is sent. An offer can be both below the expectation and a token; both are said.
 * The offer counts for what it is worth over all its periods ({@link AffectedCustomer#offerWorth()}).
 */
public final class OfferWarnings {
    /**
     * From this stake up, an offer under {@value OfferTiers#GOODWILL_PERCENT}% of it (less than the goodwill
     * extra alone) is a token. Below it, a small offer is proportionate and only the expectation rule applies.
     */
    static final BigDecimal LARGE_STAKE = new BigDecimal("100.00");

    private OfferWarnings() {
    }

    /** @param money formats an amount in the business currency and the user's locale */
    public static List<OfferWarning> check(AffectedCustomer customer, Stake stake,
                                           Function<BigDecimal, String> money) {
        List<OfferWarning> out = new ArrayList<>();
        if (customer.offerAmount().isEmpty()) {
            if (customer.offerState() == OfferState.OFFERED || customer.offerState() == OfferState.ACCEPTED) {
                out.add(new OfferWarning(Kind.MISSING_OFFER,
                        "They were told they would get an offer, but it has no amount yet."));
            }
            return out;
        }
        // A recurring offer is judged by what it is worth over all its periods, against one period of what they pay.
        BigDecimal offer = customer.offerWorth().orElseThrow();
        String offered = PriceWords.offer(customer, money);
        if (offer.compareTo(stake.expectationValue()) < 0) {
            out.add(new OfferWarning(Kind.BELOW_EXPECTATION, "This covers less than what they paid for: "
                    + offered + " against " + stake.expectationText(money) + "."));
        }
        BigDecimal tokenLine = Money.round(stake.total().multiply(OfferTiers.GOODWILL_SHARE));
        if (stake.total().compareTo(LARGE_STAKE) >= 0 && offer.compareTo(tokenLine) < 0 && !restores(stake, offer)) {
            out.add(new OfferWarning(Kind.TOKEN, "This looks like a token: " + offered + " is less than "
                    + OfferTiers.GOODWILL_PERCENT + "% of the " + money.apply(stake.total()) + " at stake."));
        }
        return out;
    }

    /**
     * Gives back at least what they paid (a month free of a monthly service, a full refund): a fair restore, the
     * first of the suggested offers, never a token however much future business is at stake.
     */
    private static boolean restores(Stake stake, BigDecimal offer) {
        return stake.expectationValue().signum() > 0 && offer.compareTo(stake.expectationValue()) >= 0;
    }
}
