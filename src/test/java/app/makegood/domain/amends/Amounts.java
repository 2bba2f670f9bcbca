package app.makegood.domain.amends;

import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/** Shorthands for the amends tests. */
final class Amounts {
    /** Formats like the plain figures in the expected strings. */
    static final Function<BigDecimal, String> PLAIN = BigDecimal::toPlainString;
    static final FutureValueInputs NO_FUTURE = inputs("0", "0", "0", "0");

    private Amounts() {
    }

    static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    static FutureValueInputs inputs(String averageOrderValue, String ordersPerYear, String years, String margin) {
        return new FutureValueInputs(money(averageOrderValue), money(ordersPerYear), money(years), money(margin));
    }

    static Stake stake(String expected, FutureValueInputs inputs) {
        return Stakes.of(Optional.of(money(expected)), inputs);
    }

    static AffectedCustomer customer(String expected, String offer, OfferState state) {
        return new AffectedCustomer("id", "Zoë", "zoe@example.com", "Dinner for two",
                Optional.ofNullable(expected).map(BigDecimal::new), OfferKind.REFUND,
                Optional.ofNullable(offer).map(BigDecimal::new), "", state, "", "", "", Optional.empty());
    }
}
