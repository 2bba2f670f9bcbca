package app.makegood.domain.amends;

import app.makegood.domain.FutureValueInputs;
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
        if (!inputs.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", inputs.problems()));
        }
        BigDecimal expectation = Money.round(expectedValue.orElse(BigDecimal.ZERO));
        if (expectation.signum() < 0) {
            throw new IllegalArgumentException("The expected value cannot be negative.");
        }
        BigDecimal future = Money.round(inputs.averageOrderValue().multiply(inputs.ordersPerYear())
                .multiply(inputs.expectedYears()).multiply(inputs.margin()));
        return new Stake(expectation, expectedValue.isEmpty(), inputs, future, Money.round(expectation.add(future)));
    }
}
