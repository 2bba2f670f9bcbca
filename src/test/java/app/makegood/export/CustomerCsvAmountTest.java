package app.makegood.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Amounts as spreadsheets in different countries write them (see {@link LooseAmount}). */
class CustomerCsvAmountTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12.50|12.50", "12,50|12.50", "12,5|12.50", "7|7.00", "0|0.00",
            "€ 1.234,50|1234.50", "1,234.50|1234.50", "1 234,50|1234.50", "1\u00a0234,50 €|1234.50",
            "1.234.567,89|1234567.89", "1,234|1234.00", "1.234|1234.00", "$12|12.00", "12.00 USD|12.00",
            "EUR 12,00|12.00", "£3.5|3.50", "999999999.99|999999999.99"})
    void readsAmountsWrittenTheWayTheirCountryWritesThem(String text, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)), LooseAmount.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12,34.5", "1.234.56", "1,2,3", "1.234,567", "12.345,6.7", "-5", "(5.00)", "€",
            "1234567890", "1,234 567", "12\n50", "12 abc"})
    void refusesWhatIsAmbiguousOrNotMoney(String text) {
        assertEquals(Optional.empty(), LooseAmount.parse(text));
    }
}
