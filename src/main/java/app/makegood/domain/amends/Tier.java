package app.makegood.domain.amends;

/** How far an offer goes, from putting right what was promised to making the customer glad it happened. */
public enum Tier {
    RESTORE, REBALANCE, DELIGHT
}
