package app.makegood.domain.amends;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.PricePeriod;
import java.math.BigDecimal;
import java.util.Optional;

/** Works out a customer's {@link Stake}. */
public final class Stakes {
    private Stakes() {
    }

    /**
     * @param expectedValue what they paid or expected; when missing it counts as 0 and the stake says so
     * @throws IllegalArgumentException when the expected value is negative or the inputs have
     *                                  {@link FutureValueInputs#problems() problems}; the UI checks both first
     */
    public static Stake of(Optional<BigDecimal> expectedValue, FutureValueInputs inputs) {
        return of(expectedValue, PricePeriod.ONE_OFF, inputs);
    }

    /** A customer's stake: what they pay for one period, when it recurs, plus the future value at risk. */
    public static Stake of(AffectedCustomer customer, FutureValueInputs inputs) {
        return of(customer.expectedValue(), customer.expectedPeriod(), inputs);
    }

    /** @param period how often they pay {@code expectedValue}; the stake counts one period of it */
    public static Stake of(Optional<BigDecimal> expectedValue, PricePeriod period, FutureValueInputs inputs) {
        if (!inputs.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", inputs.problems()));
        }
        BigDecimal expectation = Money.round(expectedValue.orElse(BigDecimal.ZERO));
        if (expectation.signum() < 0) {
            throw new IllegalArgumentException("The expected value cannot be negative.");
        }
        BigDecimal future = Money.round(inputs.averageOrderValue().multiply(inputs.ordersPerYear())
                .multiply(inputs.expectedYears()).multiply(inputs.margin()));
        return new Stake(expectation, expectedValue.isEmpty(), inputs, future, Money.round(expectation.add(future)),
                period);
    }
}
