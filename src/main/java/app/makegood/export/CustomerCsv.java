package app.makegood.export;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Ids;
import app.makegood.domain.Limits;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.Validation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Affected customers from a spreadsheet: a CSV file (read, shown in the import dialog, then mapped) or rows
 * pasted from the clipboard. Rows that cannot be read are reported by line and skipped; the rest import.
 */
public final class CustomerCsv {
    private static final String DELIMITERS = ",;\t";
    private static final int QUOTED_MAX = 40;

    private CustomerCsv() {
    }

    /**
     * Reads a CSV file whose first non-empty row is the header. The encoding is detected (see
     * {@link TextDecoding}) and so is the column separator: whichever of comma, semicolon or tab the header
     * line uses most. Rows with nothing in them (Excel's trailing ";;;") are skipped.
     *
     * @throws ImportException when the file is empty or is not a table at all (a quote is never closed)
     */
    public static Preview read(byte[] bytes) throws ImportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        char delimiter = delimiterOf(decoded.text());
        List<Preview.Row> rows = rows(decoded.text(), delimiter);
        if (rows.isEmpty()) {
            throw new ImportException("The file is empty.");
        }
        return new Preview(headers(rows.get(0)), rows.subList(1, rows.size()), decoded.charset(), delimiter);
    }

    public static ImportResult importRows(Preview preview, ColumnMapping mapping) {
        return importRows(preview.rows(), mapping);
    }

    /**
     * Customers from cells copied in a spreadsheet (tab-separated). The first row is a header when
     * {@link ColumnMapping#guess} recognises one of its cells and none is an email address; without a header
     * the columns are taken in the order of {@link CustomerField}: name, email, reference, order, value.
     *
     * @throws ImportException when a quote is never closed
     */
    public static ImportResult fromClipboard(String tsv) throws ImportException {
        List<Preview.Row> rows = rows(tsv, '\t');
        if (rows.isEmpty()) {
            return new ImportResult(List.of(), List.of());
        }
        List<String> first = rows.get(0).values();
        ColumnMapping guessed = ColumnMapping.guess(first);
        if (!guessed.columns().isEmpty() && first.stream().noneMatch(Validation::isEmail)) {
            return importRows(rows.subList(1, rows.size()), guessed);
        }
        return importRows(rows, ColumnMapping.inTableOrder());
    }

    private static char delimiterOf(String text) {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char best = ',';
        long bestCount = 0;
        for (char d : DELIMITERS.toCharArray()) {
            long count = header.chars().filter(c -> c == d).count();
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }

    /** Non-empty rows, each with the line it starts on (quoted values may span lines). */
    private static List<Preview.Row> rows(String text, char delimiter) throws ImportException {
        CSVParser parser = parser(text, delimiter);
        List<Preview.Row> rows = new ArrayList<>();
        long line = 1;
        try {
            for (CSVRecord record : parser) {
                if (record.stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(new Preview.Row(Math.toIntExact(line), record.toList()));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException e) {
            throw new ImportException("The table cannot be read from line " + line
                    + " on: a quote mark (\") is probably missing or in the wrong place.", e);
        }
        return rows;
    }

    private static CSVParser parser(String text, char delimiter) {
        try {
            return CSVParser.parse(text, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
        } catch (IOException e) {
            // Reading a String cannot fail; the signature is shared with file sources.
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(Preview.Row row) {
        List<String> headers = new ArrayList<>();
        for (String value : row.values()) {
            headers.add(value.isBlank() ? "Column " + (headers.size() + 1) : value.strip());
        }
        return headers;
    }

    private static ImportResult importRows(List<Preview.Row> rows, ColumnMapping mapping) {
        List<AffectedCustomer> customers = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (Preview.Row row : rows) {
            List<String> reasons = new ArrayList<>();
            AffectedCustomer customer = customer(row, mapping, reasons);
            if (reasons.isEmpty()) {
                customers.add(customer);
            } else {
                problems.add(new RowProblem(row.line(), String.join(" ", reasons)));
            }
        }
        return new ImportResult(customers, problems);
    }

    /** The customer in a row, adding to {@code reasons} whatever keeps it from being imported. */
    private static AffectedCustomer customer(Preview.Row row, ColumnMapping mapping, List<String> reasons) {
        Map<CustomerField, String> cells = new EnumMap<>(CustomerField.class);
        for (CustomerField field : CustomerField.values()) {
            String cell = row.cell(mapping.column(field));
            cells.put(field, cell);
            field.tooLong(cell).ifPresent(reasons::add);
        }
        String name = cells.get(CustomerField.NAME);
        String email = cells.get(CustomerField.EMAIL);
        String amount = cells.get(CustomerField.EXPECTED_VALUE);
        if (name.isEmpty() && email.isEmpty()) {
            reasons.add("There is no name and no email address.");
        }
        if (!email.isEmpty() && email.length() <= Limits.EMAIL && !Validation.isEmail(email)) {
            reasons.add(quoted(email) + " is not an email address.");
        }
        Optional<BigDecimal> value = amount.isEmpty() ? Optional.empty() : LooseAmount.parse(amount);
        if (!amount.isEmpty() && value.isEmpty()) {
            reasons.add("The amount " + quoted(amount) + " cannot be read as money.");
        }
        return new AffectedCustomer(Ids.newId(), name, email, cells.get(CustomerField.EXPECTED), value,
                OfferKind.REFUND, Optional.empty(), "", OfferState.NOT_OFFERED, cells.get(CustomerField.SALUTATION),
                cells.get(CustomerField.REFERENCE), cells.get(CustomerField.NOTES), Optional.empty());
    }

    /** A value in quotes for a message, shortened so one huge cell cannot flood the problem list. */
    private static String quoted(String value) {
        return "\"" + (value.length() > QUOTED_MAX ? value.substring(0, QUOTED_MAX) + "…" : value) + "\"";
    }
}
