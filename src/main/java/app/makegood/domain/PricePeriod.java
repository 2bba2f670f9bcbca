package app.makegood.domain;

/**
 * How often a price is paid: once, or every week, month or year. A subscription's "€30 a month" is 30 with
 * {@link #MONTHLY}; an offer of "one month free" is that price for one month.
 */
public enum PricePeriod {
    ONE_OFF, WEEKLY, MONTHLY, YEARLY;

    public boolean recurs() {
        return this != ONE_OFF;
    }
}
