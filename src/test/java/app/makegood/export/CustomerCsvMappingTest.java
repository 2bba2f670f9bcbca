package app.makegood.export;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerCsvMappingTest {
    @Test
    void recognisesCommonEnglishHeadersIgnoringCaseAndPunctuation() {
        assertEquals(new ColumnMapping(Map.of(CustomerField.NAME, 0, CustomerField.EMAIL, 1,
                        CustomerField.EXPECTED, 2, CustomerField.EXPECTED_VALUE, 3)),
                ColumnMapping.guess(List.of("FULL NAME", "Email address", "Booking", "Total (€)")));
        assertEquals(new ColumnMapping(Map.of(CustomerField.NAME, 1, CustomerField.EMAIL, 0,
                        CustomerField.EXPECTED, 3, CustomerField.EXPECTED_VALUE, 2)),
                ColumnMapping.guess(List.of(" e-mail ", "Customer", "price", "Product")));
    }

    @Test
    void recognisesTheDetailFields() {
        assertEquals(new ColumnMapping(Map.of(CustomerField.SALUTATION, 0, CustomerField.REFERENCE, 1,
                        CustomerField.NOTES, 2)),
                ColumnMapping.guess(List.of("Greeting", "Order number", "Comments")));
    }

    @Test
    void firstMatchingColumnWinsAndUnknownHeadersAreLeftOut() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Notes", "Name", "Customer", "Amount", "Value"));
        assertEquals(OptionalInt.of(1), mapping.column(CustomerField.NAME));
        assertEquals(OptionalInt.of(3), mapping.column(CustomerField.EXPECTED_VALUE));
        assertEquals(OptionalInt.empty(), mapping.column(CustomerField.EMAIL));
        assertTrue(mapping.canImport());
    }

    @Test
    void withoutNameOrEmailNobodyCanBeImported() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Order", "Amount"));
        assertFalse(mapping.canImport());
        assertFalse(ColumnMapping.guess(List.of("Salutation", "Phone")).canImport());
    }
}
