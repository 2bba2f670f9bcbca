package app.makegood.export;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Limits;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerCsvTest {
    static byte[] file(String name) throws IOException {
        try (InputStream in = CustomerCsvTest.class.getResourceAsStream("/csv/" + name)) {
            return in.readAllBytes();
        }
    }

    private static ImportResult importFile(String name) throws IOException {
        return importBytes(file(name));
    }

    private static ImportResult importBytes(byte[] bytes) throws IOException {
        Preview preview = CustomerCsv.read(bytes);
        return CustomerCsv.importRows(preview, ColumnMapping.guess(preview.headers()));
    }

    private static Optional<BigDecimal> money(String amount) {
        return Optional.of(new BigDecimal(amount));
    }

    @Test
    void cleanUtf8File() throws IOException {
        Preview preview = CustomerCsv.read(file("clean-utf8.csv"));
        assertEquals(List.of("Salutation", "Name", "Email", "Reference", "Order", "Amount", "Notes"), preview.headers());
        assertEquals(StandardCharsets.UTF_8, preview.charset());
        assertEquals(',', preview.delimiter());
        assertEquals(List.of(2, 3, 4), preview.rows().stream().map(Preview.Row::line).toList());

        ImportResult result = CustomerCsv.importRows(preview, ColumnMapping.guess(preview.headers()));
        assertEquals(List.of(), result.problems());
        AffectedCustomer zoe = result.customers().get(0);
        assertEquals("Zoë Adams", zoe.name());
        assertEquals("zoe@example.com", zoe.email());
        assertEquals("Dinner for two", zoe.expected());
        assertEquals(List.of("Dear Zoë", "#1043", "Regular on Fridays"), List.of(zoe.salutation(), zoe.reference(),
                zoe.notes()));
        assertEquals(money("80.00"), zoe.expectedValue());
        assertEquals(money("45.50"), result.customers().get(1).expectedValue());
        assertEquals(Optional.empty(), result.customers().get(2).expectedValue());
        assertNotEquals(zoe.id(), result.customers().get(1).id());
    }

    @Test
    void excelSemicolonFileWithBomAndDecimalCommas() throws IOException {
        Preview preview = CustomerCsv.read(file("excel-semicolon-bom.csv"));
        assertEquals(List.of("Full name", "E-mail", "Booking", "Total"), preview.headers());
        assertEquals(';', preview.delimiter());
        ImportResult result = CustomerCsv.importRows(preview, ColumnMapping.guess(preview.headers()));
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.customers().size(), "the ;;; row is skipped");
        assertEquals("Room 12, two nights", result.customers().get(0).expected());
        assertEquals(money("1234.50"), result.customers().get(0).expectedValue());
        assertEquals("Jürgen Weiß", result.customers().get(1).name());
        assertEquals(money("89.90"), result.customers().get(1).expectedValue());
    }

    @Test
    void windows1252FileIsRecognisedByItsInvalidUtf8() throws IOException {
        Preview preview = CustomerCsv.read(file("windows-1252.csv"));
        assertEquals(TextDecoding.WINDOWS_1252, preview.charset());
        ImportResult result = CustomerCsv.importRows(preview, ColumnMapping.guess(preview.headers()));
        assertEquals(List.of("Zoë Adams", "René Müller"), result.customers().stream().map(AffectedCustomer::name).toList());
        assertEquals(money("7.00"), result.customers().get(1).expectedValue());
    }

    @Test
    void utf16WithBom() throws IOException {
        byte[] bytes = "\uFEFFName\tEmail\nZoë\tzoe@example.com\n".getBytes(StandardCharsets.UTF_16LE);
        Preview preview = CustomerCsv.read(bytes);
        assertEquals(StandardCharsets.UTF_16LE, preview.charset());
        assertEquals('\t', preview.delimiter());
        assertEquals(List.of("Name", "Email"), preview.headers());
        assertEquals(List.of("Zoë", "zoe@example.com"), preview.rows().get(0).values());
    }

    @Test
    void badRowsAreListedByLineAndTheGoodOnesStillImport() throws IOException {
        ImportResult result = importFile("bad-rows.csv");
        assertEquals(List.of("Zoë Adams", "Dana"), result.customers().stream().map(AffectedCustomer::name).toList());
        assertEquals(money("1234.50"), result.customers().get(1).expectedValue());
        assertEquals(List.of(
                new RowProblem(3, "There is no name and no email address."),
                new RowProblem(4, "\"dmitry-at-example.org\" is not an email address."),
                new RowProblem(5, "The amount \"12,34.5\" cannot be read as money."),
                new RowProblem(6, "The amount \"abc\" cannot be read as money."),
                new RowProblem(7, "The name is longer than 200 characters."),
                new RowProblem(9, "The amount \"-5\" cannot be read as money.")), result.problems());
    }

    @Test
    void quotedValuesKeepTheirDelimitersNewlinesAndQuotes() throws IOException {
        Preview preview = CustomerCsv.read(file("quoted.csv"));
        assertEquals(List.of(2, 4), preview.rows().stream().map(Preview.Row::line).toList());
        ImportResult result = CustomerCsv.importRows(preview, ColumnMapping.guess(preview.headers()));
        AffectedCustomer zoe = result.customers().get(0);
        assertEquals("Adams, Zoë", zoe.name());
        assertEquals("Dinner for two,\nwith the \"special\" menu", zoe.expected());
        assertEquals(money("1.50"), result.customers().get(1).expectedValue());
    }

    @Test
    void emptyFileIsRefusedInPlainWords() {
        ImportException e = assertThrows(ImportException.class, () -> CustomerCsv.read(file("empty.csv")));
        assertEquals("The file is empty.", e.getMessage());
        assertThrows(ImportException.class, () -> CustomerCsv.read("\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void headerOnlyFileHasColumnsButNoRows() throws IOException {
        Preview preview = CustomerCsv.read(file("header-only.csv"));
        assertEquals(List.of("Name", "Email", "Amount"), preview.headers());
        assertTrue(preview.rows().isEmpty());
        assertEquals(new ImportResult(List.of(), List.of()),
                CustomerCsv.importRows(preview, ColumnMapping.guess(preview.headers())));
    }

    @Test
    void unclosedQuoteSaysWhereTheTroubleStarts() {
        byte[] bytes = "Name,Email\nZoë,zoe@example.com\n\"Dmitry,dmitry@example.org\nAiko,aiko@example.jp\n"
                .getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> CustomerCsv.read(bytes));
        assertEquals("The table cannot be read from line 3 on: a quote mark (\") is probably missing or in the wrong"
                + " place.", e.getMessage());
    }

    @Test
    void eachFieldHasItsOwnLengthLimit() throws IOException {
        String longEmail = "z".repeat(Limits.EMAIL) + "@example.com";
        String csv = "Name,Email,Notes,Reference\n"
                + "Zoë,zoe@example.com," + "n".repeat(Limits.LONG_TEXT) + ",\n"
                + "Zoë," + longEmail + "," + "n".repeat(Limits.LONG_TEXT + 1) + "," + "r".repeat(Limits.SHORT_TEXT + 1)
                + "\n";
        ImportResult result = importBytes(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, result.customers().size());
        assertEquals(List.of(new RowProblem(3, "The email address is longer than 254 characters. The reference is"
                + " longer than 500 characters. The note is longer than 20000 characters.")), result.problems());
    }

    @Test
    void blankHeadersGetANameAndUnmappedColumnsAreIgnored() throws IOException {
        Preview preview = CustomerCsv.read("Name,,Notes\nZoë,x,VIP\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Name", "Column 2", "Notes"), preview.headers());
        ImportResult result = CustomerCsv.importRows(preview, ColumnMapping.guess(preview.headers()));
        assertEquals("Zoë", result.customers().get(0).name());
        assertEquals("", result.customers().get(0).email());
    }
}
