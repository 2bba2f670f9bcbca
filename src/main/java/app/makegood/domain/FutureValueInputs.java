package app.makegood.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a customer is worth to the business in future: they spend {@code averageOrderValue} about
 * {@code ordersPerYear} times a year for {@code expectedYears}, and the business keeps {@code margin}
 * (a fraction, 0.3 = 30%) of it. The defaults come from the business profile; the owner may change them
 * per customer. Values are kept as typed; {@link #problems()} says what is wrong with them.
 */
public record FutureValueInputs(BigDecimal averageOrderValue, BigDecimal ordersPerYear, BigDecimal expectedYears,
                                BigDecimal margin) {

    public FutureValueInputs {
        // Without trailing zeros, so 0.3 and 0.3000 (as the database returns it) are the same inputs.
        averageOrderValue = Objects.requireNonNull(averageOrderValue, "averageOrderValue").stripTrailingZeros();
        ordersPerYear = Objects.requireNonNull(ordersPerYear, "ordersPerYear").stripTrailingZeros();
        expectedYears = Objects.requireNonNull(expectedYears, "expectedYears").stripTrailingZeros();
        margin = Objects.requireNonNull(margin, "margin").stripTrailingZeros();
    }

    /** What keeps these figures from being used, in plain words; empty when they are fine. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        negative(out, averageOrderValue, "The average order value");
        negative(out, ordersPerYear, "The number of orders a year");
        negative(out, expectedYears, "The number of years");
        negative(out, margin, "The margin");
        if (margin.compareTo(BigDecimal.ONE) > 0) {
            out.add("The margin is the share of the price the business keeps, so it cannot be more than 100%.");
        }
        return out;
    }

    private static void negative(List<String> out, BigDecimal value, String what) {
        if (value.signum() < 0) {
            out.add(what + " cannot be negative.");
        }
    }
}
