package app.makegood.domain.amends;

import org.junit.jupiter.api.Test;

import java.util.List;

import static app.makegood.domain.amends.Amounts.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FutureValueInputsTest {
    @Test
    void zeroAndAWholeMarginAreFine() {
        assertEquals(List.of(), inputs("0", "0", "0", "0").problems());
        assertEquals(List.of(), inputs("0", "0", "0", "1").problems());
    }

    @Test
    void negativeFiguresAndAMarginOverAHundredPercentAreProblems() {
        assertEquals(List.of(
                "The average order value cannot be negative.",
                "The number of orders a year cannot be negative.",
                "The number of years cannot be negative.",
                "The margin cannot be negative."), inputs("-1", "-0.5", "-2", "-0.01").problems());
        assertEquals(List.of("The margin is the share of the price the business keeps, so it cannot be more than 100%."),
                inputs("1", "1", "1", "1.01").problems());
    }
}
