package app.makegood.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's tests again, on a real PostgreSQL (the team workbook, issue 19): each nested class runs every test of
 * the H2 class it extends, with the workbook opened by {@link Database#connect} on a schema emptied before each test.
 * The server comes from {@link TestPostgres}: skipped without one on a developer's machine, failed in CI.
 */
class PostgresStoreTest {
    @BeforeAll
    static void needsPostgres() {
        TestPostgres.url();
    }

    /** Every test starts from an empty database, as the H2 tests start from an empty folder. */
    @BeforeEach
    void emptyTheDatabase() throws SQLException {
        TestPostgres.emptyDatabase();
    }

    @Nested
    class Incidents extends JdbcIncidentRepositoryTest {
        @Override
        Database workbook() {
            return Database.connect(TestPostgres.url());
        }

        /** PostgreSQL keeps times to the microsecond (H2 to the nanosecond): the sample's times are cut to that. */
        @Override
        app.makegood.domain.Incident rich(String title, java.time.Instant createdAt) {
            app.makegood.domain.Incident rich = super.rich(title, createdAt);
            return CrashChildMain.copy(rich, java.util.Map.of("happenedAt",
                    rich.happenedAt().map(t -> t.truncatedTo(java.time.temporal.ChronoUnit.MICROS))));
        }
    }

    @Nested
    class Outbox extends JdbcOutboxTest {
        @Override
        Database workbook() {
            return Database.connect(TestPostgres.url());
        }
    }

    @Nested
    class ProfileAndLetterLog extends ProfileAndLetterLogTest {
        @Override
        Database workbook() {
            return Database.connect(TestPostgres.url());
        }
    }

    @Nested
    class SameCustomerLookup extends SameCustomerLookupTest {
        @Override
        Database workbook() {
            return Database.connect(TestPostgres.url());
        }
    }

    @Nested
    class SettingsAndLookup extends SettingsAndLookupTest {
        @Override
        Database workbook() {
            return Database.connect(TestPostgres.url());
        }
    }

    @Test
    void anEmptyDatabaseGetsTheSameSchemaVersionsAsAnH2File(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws SQLException {
        try (Database team = Database.connect(TestPostgres.url()); Database file = Database.open(dir)) {
            assertEquals(DatabaseTest.versions(file), DatabaseTest.versions(team));
            assertEquals(descriptions(file), descriptions(team));
            assertEquals(List.of("A4"), DatabaseTest.column(team, "SELECT paper FROM business_profile"));
        }
    }

    @Test
    void aSecondAppOnTheSameDatabaseSeesTheFirstOnesWork() {
        try (Database first = Database.connect(TestPostgres.url()); Database second = Database.connect(TestPostgres.url())) {
            new JdbcSettingsRepository(first).putAll(java.util.Map.of("business.currency", "GBP"));
            assertEquals("GBP", new JdbcSettingsRepository(second).all().get("business.currency"));
        }
    }

    @Test
    void theServerStaysUpWhenOneAppCloses() {
        Database.connect(TestPostgres.url()).close();
        try (Database again = Database.connect(TestPostgres.url())) {
            assertTrue(new JdbcIncidentRepository(again).list().isEmpty());
        }
    }

    @Test
    void theFileOperationsAreRefusedWithAReason(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (Database team = Database.connect(TestPostgres.url())) {
            StoreException e = assertThrows(StoreException.class, () -> team.backupTo(dir.resolve("b.zip")));
            assertTrue(e.getMessage().contains("team database"), e.getMessage());
            assertThrows(StoreException.class, () -> team.changePassphrase("secret".toCharArray()));
        }
    }

    private static List<String> descriptions(Database db) {
        List<String> out = new ArrayList<>();
        for (MigrationInfo m : Flyway.configure().dataSource(db.dataSource())
                .locations(db.dialect().migrationLocations()).load().info().applied()) {
            out.add(m.getVersion() + " " + m.getDescription() + " " + m.getScript());
        }
        return out;
    }
}
