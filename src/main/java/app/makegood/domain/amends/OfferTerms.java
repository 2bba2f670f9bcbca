package app.makegood.domain.amends;

import app.makegood.domain.PricePeriod;

import java.math.BigDecimal;

/**
 * An offer as the amends page enters it: an amount paid every {@code period}, for {@code periods} of them.
 * A suggested value that is a whole number of the customer's recurring price is offered as that many periods free
 * (Restore on a €30 a month service is "one month free"); any other value is a one-off amount.
 */
public record OfferTerms(BigDecimal amount, PricePeriod period, int periods) {
    /** The most periods an offer runs for (the field and the import allow three digits). */
    public static final int MAX_PERIODS = 999;

    public static OfferTerms of(SuggestedOffer offer, Stake stake) {
        BigDecimal price = stake.expectationValue();
        if (stake.expectedPeriod().recurs() && price.signum() > 0) {
            BigDecimal[] whole = offer.value().divideAndRemainder(price);
            if (whole[1].signum() == 0 && whole[0].signum() > 0 && whole[0].intValue() <= MAX_PERIODS) {
                return new OfferTerms(price, stake.expectedPeriod(), whole[0].intValue());
            }
        }
        return new OfferTerms(offer.value(), PricePeriod.ONE_OFF, 1);
    }
}
