package app.makegood.store;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.SameCustomer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database's "same customer" lookup and the domain's rule (used by the wizard and the review) agree. */
class SameCustomerLookupTest extends WorkbookTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void spacesAndCaseAroundAStoredEmailDoNotMakeADifferentCustomer() {
        try (Database db = workbook()) {
            IncidentRepository repo = new JdbcIncidentRepository(db);
            Incident now = withCustomers("Now", AffectedCustomer.named("Ann", "ann@x.com"),
                    AffectedCustomer.named("Bo", "\tBo@Y.org\n"));
            repo.saveAll(List.of(now,
                    withCustomers("March", AffectedCustomer.named("Ann", " Ann@X.com "),
                            AffectedCustomer.named("Bo", "bo@y.org")),
                    withCustomers("June", AffectedCustomer.named("Ann B.", "ANN@x.COM  "))));

            Map<String, Integer> earlier = repo.otherIncidentsByEmail(now.id());

            assertEquals(Map.of("ann@x.com", 2, "bo@y.org", 1), earlier);
            // the wizard looks these counts up by the domain's key
            assertEquals(2, earlier.get(SameCustomer.key(" Ann@X.com ")));
            assertEquals(1, earlier.get(SameCustomer.key("\tBo@Y.org\n")));
        }
    }

    @Test
    void customersWithoutAnEmailAreNeverTheSameCustomer() {
        try (Database db = workbook()) {
            IncidentRepository repo = new JdbcIncidentRepository(db);
            Incident now = withCustomers("Now", AffectedCustomer.named("Walk-in", "  "));
            repo.saveAll(List.of(now, withCustomers("Earlier", AffectedCustomer.named("Walk-in", " "))));
            assertTrue(repo.otherIncidentsByEmail(now.id()).isEmpty());
        }
    }

    /** A database made before V14 keeps its customers, now matched by the new key. */
    @Test
    void customersStoredBeforeTheKeyChangedAreMatchedTheNewWay() throws Exception {
        JdbcDataSource v10 = new JdbcDataSource();
        v10.setURL(Database.url(dataDir));
        v10.setUser(Database.USER);
        Flyway.configure().dataSource(v10).locations(Dialect.H2.migrationLocations()).target("10").load().migrate();
        try (Connection c = v10.getConnection(); Statement s = c.createStatement()) {
            for (String id : List.of("march", "now")) {
                s.execute("INSERT INTO incidents (id, title, category, severity, status, discovered_by, admit, thank,"
                        + " explain, problem, created_at) VALUES ('" + id + "', 'Late', 'OTHER', 'MINOR', 'OPEN',"
                        + " 'CUSTOMER', '', '', '', '', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00Z')");
            }
            s.execute("INSERT INTO affected_customers (id, incident_id, position, name, email, expected, offer_kind,"
                    + " offer_note, offer_state) VALUES ('c1', 'march', 0, 'Ann', ' Ann@X.com ', '', 'REFUND', '',"
                    + " 'NOT_OFFERED'), ('c2', 'now', 0, 'Ann', 'ann@x.com', '', 'REFUND', '', 'NOT_OFFERED')");
            s.execute("SHUTDOWN");
        }
        try (Database db = Database.open(dataDir)) {
            assertEquals(Map.of("ann@x.com", 1), new JdbcIncidentRepository(db).otherIncidentsByEmail("now"));
        }
    }

    private static Incident withCustomers(String title, AffectedCustomer... customers) {
        return edit(minimal(title, T0), e -> e.customers = List.of(customers));
    }
}
