package app.makegood.export;

import app.makegood.domain.AffectedCustomer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CustomerCsvClipboardTest {
    @Test
    void pastedRowsWithAHeader() throws IOException {
        String tsv = new String(CustomerCsvTest.file("pasted.tsv"), StandardCharsets.UTF_8);
        ImportResult result = CustomerCsv.fromClipboard(tsv);
        assertEquals(List.of(), result.problems());
        AffectedCustomer zoe = result.customers().get(0);
        assertEquals(List.of("Zoë Adams", "zoe@example.com", "Cake", Optional.of(new BigDecimal("12.50"))),
                List.of(zoe.name(), zoe.email(), zoe.expected(), zoe.expectedValue()));
        assertEquals("Two\nlines", result.customers().get(1).expected());
    }

    @Test
    void pastedRowsWithoutAHeaderFollowTheTableColumns() throws IOException {
        ImportResult result = CustomerCsv.fromClipboard("Zoë\tzoe@example.com\t#1043\tCake\t12.50\nDmitry\tnot-an-email\n");
        assertEquals(List.of("Zoë"), result.customers().stream().map(AffectedCustomer::name).toList());
        AffectedCustomer zoe = result.customers().get(0);
        assertEquals(List.of("#1043", "Cake", Optional.of(new BigDecimal("12.50"))),
                List.of(zoe.reference(), zoe.expected(), zoe.expectedValue()));
        assertEquals(List.of(new RowProblem(2, "\"not-an-email\" is not an email address.")), result.problems());
    }

    @Test
    void aFirstRowWithAnEmailIsDataEvenIfAWordLooksLikeAHeader() throws IOException {
        ImportResult result = CustomerCsv.fromClipboard("Customer\tcustomer@example.com");
        assertEquals("Customer", result.customers().get(0).name());
    }

    @Test
    void emptyPasteGivesNothing() throws IOException {
        assertEquals(new ImportResult(List.of(), List.of()), CustomerCsv.fromClipboard("\n\t\n"));
    }
}
