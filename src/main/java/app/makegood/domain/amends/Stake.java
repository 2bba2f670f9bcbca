package app.makegood.domain.amends;

import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.PricePeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * What one customer stands to lose, and the business with them: the value of what they expected plus the
 * margin lost if they never come back. Built by {@link Stakes#of}; amounts have two decimal places.
 *
 * @param expectationMissing true when no expected value was entered, so {@code expectationValue} is 0
 * @param expectedPeriod     how often they pay the expected value; a recurring price counts once, for the one
 *                           period that went wrong ("€30 a month" puts 30 at stake, not a year of it)
 */
public record Stake(BigDecimal expectationValue, boolean expectationMissing, FutureValueInputs inputs,
                    BigDecimal futureValueAtRisk, BigDecimal total, PricePeriod expectedPeriod) {

    /** "€30" or "€30 a month": the expectation as the owner entered it. */
    public String expectationText(Function<BigDecimal, String> money) {
        return PriceWords.price(expectationValue, expectedPeriod, money);
    }

    /**
     * The calculation in plain words with its figures, one line per step, so the owner can check it.
     *
     * @param money formats an amount in the business currency and the user's locale
     */
    public List<String> explanation(Function<BigDecimal, String> money) {
        String expected = expectationMissing
                ? "not entered, counted as " + money.apply(expectationValue)
                : expectedPeriod.recurs()
                ? expectationText(money) + ", counted for the one " + PriceWords.unit(expectedPeriod)
                        + " that went wrong"
                : money.apply(expectationValue);
        return List.of(
                "What they expected: " + expected,
                "Future value at risk: " + money.apply(Money.round(inputs.averageOrderValue())) + " an order × "
                        + Money.count(inputs.ordersPerYear(), "order a year", "orders a year") + " × "
                        + Money.count(inputs.expectedYears(), "year", "years") + " × "
                        + Money.percent(inputs.margin()) + " margin = " + money.apply(futureValueAtRisk),
                "Stake: " + money.apply(expectationValue) + " + " + money.apply(futureValueAtRisk)
                        + " = " + money.apply(total));
    }
}
