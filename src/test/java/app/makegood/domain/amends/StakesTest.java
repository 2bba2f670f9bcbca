package app.makegood.domain.amends;

import app.makegood.domain.FutureValueInputs;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static app.makegood.domain.amends.Amounts.NO_FUTURE;
import static app.makegood.domain.amends.Amounts.PLAIN;
import static app.makegood.domain.amends.Amounts.inputs;
import static app.makegood.domain.amends.Amounts.money;
import static app.makegood.domain.amends.Amounts.stake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StakesTest {
    private static final FutureValueInputs REGULAR = inputs("40.00", "6", "3", "0.30");

    @Test
    void stakeIsExpectationPlusFutureMarginAtRisk() {
        Stake s = stake("50", REGULAR);
        assertEquals(money("50.00"), s.expectationValue());
        assertEquals(money("216.00"), s.futureValueAtRisk());
        assertEquals(money("266.00"), s.total());
        assertFalse(s.expectationMissing());
    }

    @Test
    void explanationShowsEveryFigure() {
        assertEquals(List.of(
                "What they expected: 50.00",
                "Future value at risk: 40.00 an order × 6 orders a year × 3 years × 30% margin = 216.00",
                "Stake: 50.00 + 216.00 = 266.00"), stake("50", REGULAR).explanation(PLAIN));
    }

    @Test
    void explanationUsesTheCallersCurrencyAndSingularWords() {
        NumberFormat euros = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        euros.setCurrency(Currency.getInstance("EUR"));
        Function<BigDecimal, String> money = euros::format;
        List<String> lines = stake("1234.5", inputs("10", "1", "1", "0.125")).explanation(money);
        assertEquals("What they expected: 1.234,50\u00a0€", lines.get(0));
        assertEquals("Future value at risk: 10,00\u00a0€ an order × 1 order a year × 1 year × 12.5% margin = 1,25\u00a0€",
                lines.get(1));
    }

    @Test
    void missingExpectationCountsAsZeroAndSaysSo() {
        Stake s = Stakes.of(Optional.empty(), REGULAR);
        assertTrue(s.expectationMissing());
        assertEquals(money("0.00"), s.expectationValue());
        assertEquals(money("216.00"), s.total());
        assertEquals("What they expected: not entered, counted as 0.00", s.explanation(PLAIN).get(0));
    }

    @Test
    void zeroInputsGiveNoFutureValue() {
        Stake s = stake("0", NO_FUTURE);
        assertEquals(money("0.00"), s.futureValueAtRisk());
        assertEquals(money("0.00"), s.total());
        assertEquals("Future value at risk: 0.00 an order × 0 orders a year × 0 years × 0% margin = 0.00",
                s.explanation(PLAIN).get(1));
    }

    @Test
    void roundsHalfEvenOnceAtTheEnd() {
        assertEquals(money("0.12"), stake("0", inputs("0.25", "1", "1", "0.5")).futureValueAtRisk());
        assertEquals(money("0.18"), stake("0", inputs("0.35", "1", "1", "0.5")).futureValueAtRisk());
        // Rounding 10.005 first would give 10.00 x 3 = 30.00; the exact product 30.015 rounds to 30.02.
        assertEquals(money("30.02"), stake("0", inputs("10.005", "3", "1", "1")).futureValueAtRisk());
        assertEquals(money("10.00"), stake("10.005", NO_FUTURE).expectationValue());
    }

    @Test
    void largeNumbersStayExact() {
        Stake s = stake("999999999.99", inputs("999999999.99", "365", "100", "1"));
        assertEquals(money("36499999999635.00"), s.futureValueAtRisk());
        assertEquals(money("36500999999634.99"), s.total());
    }

    @Test
    void refusesFiguresThatCannotBeRight() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> stake("10", inputs("-1", "1", "1", "1.5")));
        assertEquals("The average order value cannot be negative. The margin is the share of the price the business"
                + " keeps, so it cannot be more than 100%.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> stake("-0.01", NO_FUTURE));
    }
}
