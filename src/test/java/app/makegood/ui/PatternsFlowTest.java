package app.makegood.ui;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Category;
import app.makegood.domain.Discoverer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.SampleIncidents;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View ▸ Review: two incidents this month show in the table, and the numbers export as CSV. */
class PatternsFlowTest extends AppFlowTest {
    @TempDir
    Path elsewhere;

    @Test
    void showsThisMonthsFiguresAndExportsThemAsCsv() throws Exception {
        YearMonth month = YearMonth.now();
        Instant start = month.atDay(1).atTime(1, 0).atZone(ZoneId.systemDefault()).toInstant();
        // Told after 3 h, we first; told after 5 h, the customer first. Median 4 h, told first 1 of 2.
        Incident oven = incident("Burnt birthday cake", start, Discoverer.US, Duration.ofHours(3),
                IncidentStatus.CLOSED, "40.00", OfferState.ACCEPTED);
        Incident parcel = incident("Parcel sent to the wrong town", start.plusSeconds(3600), Discoverer.CUSTOMER,
                Duration.ofHours(5), IncidentStatus.OPEN, "10.00", OfferState.OFFERED);
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).saveAll(List.of(oven, parcel));
        }

        driver.start(dataDir);
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#patternsTable").tryQuery().isPresent()
                && !lookup("#patternsExport").query().isDisabled()
                && "2".equals(cell(0, 1)));
        assertEquals("1", lookup("#openCount").<Labeled>query().getText());
        clickOn("Table");
        assertEquals(List.of("2", "2", "4.0 h", "1 of 2 (50%)", "\u00a350.00", "\u00a340.00"),
                List.of(cell(0, 1), cell(0, 2), cell(0, 3), cell(0, 4), cell(0, 5), cell(0, 6)));
        assertTrue(lookup(".table-cell").match(n -> "1 of 2 (50%)".equals(((Labeled) n).getText())).tryQuery()
                .isPresent(), "the figure is on screen");

        Path csv = elsewhere.resolve("review.csv");
        driver.willPick(csv);
        clickOn("#patternsExport");
        AppDriver.waitUntil(() -> Files.isRegularFile(csv) && lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("OK");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
            rows = parser.getRecords();
        }
        assertEquals(13, rows.size(), "a header and twelve months");
        assertEquals(List.of("Month", "Incidents", "Outage", "Wrong order"), rows.get(0).toList().subList(0, 4));
        assertEquals(List.of(month.toString(), "2", "2", "0", "0", "0", "0", "0", "0", "0", "4.0", "2", "2", "1",
                "50", "50.00", "40.00", "GBP"), rows.get(12).toList());
        assertEquals(List.of(month.minusMonths(11).toString(), "0"), rows.get(1).toList().subList(0, 2));
    }

    private String cell(int row, int column) {
        TableView<?> table = lookup("#patternsTable").query();
        if (table.getItems().size() <= row || table.getColumns().size() <= column) {
            return null;
        }
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    private static Incident incident(String title, Instant discovered, Discoverer by, Duration toNotice,
                                     IncidentStatus status, String offer, OfferState state) {
        AffectedCustomer anna = AffectedCustomer.named("Anna Müller", "anna@example.com");
        return SampleIncidents.edit(SampleIncidents.minimal(title, discovered), e -> {
            e.category = Category.OUTAGE;
            e.discoveredAt = Optional.of(discovered);
            e.discoveredBy = by;
            e.firstNoticeAt = Optional.of(discovered.plus(toNotice));
            e.status = status;
            e.customers = List.of(new AffectedCustomer(anna.id(), anna.name(), anna.email(), "", Optional.empty(),
                    OfferKind.REFUND, Optional.of(new BigDecimal(offer)), "", state, "", "", "", Optional.empty()));
        });
    }
}
