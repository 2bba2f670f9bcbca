package app.makegood.export;

import app.makegood.domain.Category;
import app.makegood.domain.review.Patterns;
import app.makegood.domain.review.PatternsTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard's numbers written as CSV and read back, from the hand-computed fixture of PatternsTest. */
class PatternsCsvTest {
    @TempDir
    Path dir;

    @Test
    void writesOneRowPerMonthThatReadsBack() throws Exception {
        Path file = dir.resolve("patterns.csv");
        Files.writeString(file, "an older export");
        PatternsCsv.write(Patterns.of(PatternsTest.fixture(), PatternsTest.NOW, PatternsTest.BERLIN), "EUR",
                c -> c == Category.DATA_PRIVACY ? "Data, privacy" : c.name(), file);

        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
            records = parser.getRecords();
        }
        assertEquals(13, records.size(), "a header and twelve months");
        assertEquals(List.of("Month", "Incidents", "OUTAGE", "WRONG_ORDER", "LATE_DELIVERY", "BILLING_ERROR",
                "QUALITY_DEFECT", "Data, privacy", "SERVICE_ATTITUDE", "OTHER", "Median hours to first notice",
                "Incidents told", "Who spoke first known", "We told them first", "We told them first (%)",
                "Amends offered", "Amends accepted", "Currency"), records.get(0).toList());
        assertEquals(List.of("2025-12", "0", "0", "0", "0", "0", "0", "0", "0", "0", "", "0", "0", "0", "", "0.00",
                "0.00", "EUR"), records.get(1).toList());
        assertEquals(List.of("2026-03", "2", "1", "0", "0", "1", "0", "0", "0", "0", "12.8", "2", "2", "1", "50",
                "12.50", "12.50", "EUR"), records.get(4).toList());
        assertEquals(List.of("2026-11", "4", "2", "2", "0", "0", "0", "0", "0", "0", "4.0", "3", "3", "2", "67",
                "35.00", "20.00", "EUR"), records.get(12).toList());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
