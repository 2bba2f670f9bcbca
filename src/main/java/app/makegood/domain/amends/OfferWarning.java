package app.makegood.domain.amends;

/** Something about one customer's offer the owner should look at before sending it. */
public record OfferWarning(Kind kind, String message) {

    public enum Kind {
        /** The offer does not even give back what they paid for. */
        BELOW_EXPECTATION,
        /** The offer is tiny against a large stake: the "free appetiser after a ruined dinner". */
        TOKEN,
        /** They were told they would get an offer, but it has no amount. */
        MISSING_OFFER
    }
}
