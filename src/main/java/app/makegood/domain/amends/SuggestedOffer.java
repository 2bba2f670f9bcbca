package app.makegood.domain.amends;

import java.math.BigDecimal;

/** One suggested offer, with the reason for its value in plain words. */
public record SuggestedOffer(Tier tier, BigDecimal value, String reason) {
}
