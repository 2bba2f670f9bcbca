package app.makegood.domain.amends;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.PricePeriod;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Prices and offers in plain words, as the amends page and the letters say them: "€30 a month",
 * "€30 (one month free at €30 a month)", "€36 (€3 a month for 12 months)". A recurring offer always leads with
 * what it is worth in all, so "Value of our offer:" and "worth …" in the letters read naturally.
 */
public final class PriceWords {
    private static final String[] SMALL = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten"};

    private PriceWords() {
    }

    /** {@code €30} for a one-off price, {@code €30 a month} for a recurring one. */
    public static String price(BigDecimal amount, PricePeriod period, Function<BigDecimal, String> money) {
        return period.recurs() ? money.apply(amount) + " " + per(period) : money.apply(amount);
    }

    /** "a week", "a month", "a year"; empty for a one-off. */
    public static String per(PricePeriod period) {
        return period.recurs() ? "a " + unit(period) : "";
    }

    /** "one month", "3 weeks". */
    public static String span(int count, PricePeriod period) {
        String number = count < SMALL.length ? SMALL[count] : Integer.toString(count);
        return number + " " + unit(period) + (count == 1 ? "" : "s");
    }

    /** What the customer is offered, worth first; empty when the offer has no amount. */
    public static String offer(AffectedCustomer c, Function<BigDecimal, String> money) {
        if (c.offerAmount().isEmpty()) {
            return "";
        }
        BigDecimal amount = c.offerAmount().get();
        PricePeriod period = c.offerPeriod();
        if (!period.recurs()) {
            return money.apply(amount);
        }
        String span = span(c.offerPeriods(), period);
        String worth = money.apply(c.offerWorth().orElseThrow());
        if (isFree(c)) {
            return worth + " (" + span + " free at " + price(amount, period, money) + ")";
        }
        return c.offerPeriods() == 1 ? money.apply(amount) + " for " + span
                : worth + " (" + price(amount, period, money) + " for " + span + ")";
    }

    /** The offer gives back exactly what they pay for each period it runs: "a month free". */
    static boolean isFree(AffectedCustomer c) {
        return c.offerPeriod().recurs() && c.offerPeriod() == c.expectedPeriod()
                && c.offerAmount().isPresent() && c.expectedValue().isPresent()
                && c.offerAmount().get().compareTo(c.expectedValue().get()) == 0;
    }

    /** "week", "month", "year". */
    static String unit(PricePeriod period) {
        return switch (period) {
            case WEEKLY -> "week";
            case MONTHLY -> "month";
            case YEARLY -> "year";
            case ONE_OFF -> throw new IllegalArgumentException("A one-off price has no period");
        };
    }
}
