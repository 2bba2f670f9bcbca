package app.makegood.store;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SettingsAndLookupTest extends WorkbookTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void settingsAreStoredAndReplacedByName() {
        try (Database db = workbook()) {
            SettingsRepository settings = new JdbcSettingsRepository(db);
            settings.putAll(Map.of("currency", "EUR", "margin", "0.30"));
            settings.putAll(Map.of("currency", "GBP"));
            assertEquals(Map.of("currency", "GBP", "margin", "0.30"), settings.all());
        }
        try (Database db = workbook()) {
            assertEquals("GBP", new JdbcSettingsRepository(db).all().get("currency"));
        }
    }

    @Test
    void theSameEmailInOtherIncidentsIsCountedWhateverItsCase() {
        try (Database db = workbook()) {
            IncidentRepository repo = new JdbcIncidentRepository(db);
            Incident now = withCustomers("Now", AffectedCustomer.named("Zoë", "zoe@example.com"),
                    AffectedCustomer.named("Walk-in", ""), AffectedCustomer.named("Ed", "ed@example.com"));
            repo.saveAll(List.of(now,
                    withCustomers("March", AffectedCustomer.named("Zoe L.", "ZOE@example.com")),
                    withCustomers("June", AffectedCustomer.named("Zoë", "zoe@example.com"),
                            AffectedCustomer.named("Walk-in", ""))));
            assertEquals(Map.of("zoe@example.com", 2), repo.otherIncidentsByEmail(now.id()));
        }
    }

    private static Incident withCustomers(String title, AffectedCustomer... customers) {
        return edit(minimal(title, T0), e -> e.customers = List.of(customers));
    }
}
