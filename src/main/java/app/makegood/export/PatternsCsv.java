package app.makegood.export;

import app.makegood.domain.Category;
import app.makegood.domain.review.Patterns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Review dashboard's numbers as a spreadsheet: one row per month, oldest first, with the incidents per category,
 * the median hours to first notice, who spoke first, and the amends offered and accepted. Numbers are written plain
 * (a dot for decimals, no thousands separators, the currency in a column of its own) so any spreadsheet reads them;
 * a month without a figure leaves the cell empty. The file is written atomically: complete or not there.
 */
public final class PatternsCsv {
    private PatternsCsv() {
    }

    /** The header row; category columns are named by {@code categoryName}, in the order of {@link Category}. */
    public static List<String> header(Function<Category, String> categoryName) {
        List<String> header = new ArrayList<>(List.of("Month", "Incidents"));
        for (Category c : Category.values()) {
            header.add(categoryName.apply(c));
        }
        header.addAll(List.of("Median hours to first notice", "Incidents told", "Who spoke first known",
                "We told them first", "We told them first (%)", "Amends offered", "Amends accepted", "Currency"));
        return header;
    }

    public static List<List<String>> rows(Patterns patterns, String currency) {
        List<List<String>> rows = new ArrayList<>();
        for (Patterns.Month m : patterns.months()) {
            List<String> row = new ArrayList<>(List.of(m.month().toString(), String.valueOf(m.incidents())));
            for (Category c : Category.values()) {
                row.add(String.valueOf(m.byCategory().get(c)));
            }
            row.add(m.medianHours().map(BigDecimal::toPlainString).orElse(""));
            row.add(String.valueOf(m.noticed()));
            row.add(String.valueOf(m.whoFirstKnown()));
            row.add(String.valueOf(m.toldFirst()));
            row.add(m.toldFirstPercent().map(String::valueOf).orElse(""));
            row.add(m.offered().toPlainString());
            row.add(m.accepted().toPlainString());
            row.add(currency);
            rows.add(row);
        }
        return rows;
    }

    public static void write(Patterns patterns, String currency, Function<Category, String> categoryName, Path file)
            throws IOException {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(header(categoryName));
            for (List<String> row : rows(patterns, currency)) {
                printer.printRecord(row);
            }
            printer.flush();
        });
    }
}
