package app.makegood.store;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.Category;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Discoverer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.Severity;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {
    @TempDir
    Path dataDir;

    /**
     * H2 rolls back to the newest part of the file it can read and, when it can read none, opens an empty store.
     * A damaged workbook must not come up empty (and be migrated over): it is reported, and the file left alone.
     */
    @Test
    void h2KeepsNoErrorLogThatCouldQuoteCustomerText() throws SQLException, IOException {
        try (Database db = Database.open(dataDir); Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement()) {
            s.execute("SELECT * FROM \"Zebulon Quattlebaum\""); // fails, naming the "table"
        } catch (SQLException expected) {
            assertTrue(expected.getMessage().contains("Zebulon"));
        }
        try (var files = java.nio.file.Files.list(dataDir)) {
            assertEquals(List.of(Database.FILE_NAME), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "correct horse battery staple"})
    void aFileWhoseDataIsUnreadableIsReportedDamagedAndLeftAsItIs(String passphrase) throws IOException {
        char[] key = passphrase.toCharArray();
        try (Database db = Database.open(dataDir, key)) {
            new JdbcIncidentRepository(db).save(SampleIncidents.rich("Burnt cakes", Instant.parse("2026-11-01T10:00:00Z")));
        }
        Path file = dataDir.resolve(Database.FILE_NAME);
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        for (int i = 3 * 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31); // all but the file's headers scrambled, as by a disk fault
        }
        java.nio.file.Files.write(file, bytes);

        assertThrows(DatabaseDamagedException.class, () -> Database.open(dataDir, key));

        assertArrayEquals(bytes, java.nio.file.Files.readAllBytes(file));
    }

    /**
     * Issue 16: a new database is made and migrated in a folder of its own and moved into place whole, so a file
     * that exists but holds no tables is damaged, never a first start that was cut off. A start killed meanwhile
     * leaves only its folder, which the next start removes.
     */
    @Test
    void aNewDatabaseIsMadeAsideAndALeftoverOfOneKilledIsRemoved() throws IOException {
        Path killed = java.nio.file.Files.createDirectories(dataDir.resolve("create-123"));
        java.nio.file.Files.write(killed.resolve(Database.FILE_NAME), new byte[8192]);

        try (Database db = Database.open(dataDir)) {
            assertEquals(List.of(), new JdbcIncidentRepository(db).list());
        }

        try (var files = java.nio.file.Files.list(dataDir)) {
            assertEquals(List.of(Database.FILE_NAME), files.map(f -> f.getFileName().toString()).toList());
        }
        java.nio.file.Files.write(dataDir.resolve(Database.FILE_NAME), new byte[8192]);
        assertThrows(DatabaseDamagedException.class, () -> Database.open(dataDir));
    }

    /**
     * Owners' files record each applied migration's checksum, and Flyway refuses a file whose migration text changed
     * since. These are the checksums of the H2 migrations as released (before PostgreSQL came, issue 19): an H2
     * migration's text must never change, even when it moves folder.
     */
    @Test
    void theH2MigrationsKeepTheChecksumsOfFilesAlreadyOpened() {
        Map<String, Integer> released = Map.ofEntries(Map.entry("1", -1038554899), Map.entry("2", -1613332655),
                Map.entry("3", -480231095), Map.entry("4", -1596956042), Map.entry("5", 1551516391),
                Map.entry("6", -313297867), Map.entry("7", 268619538), Map.entry("8", 1764883758),
                Map.entry("9", -1710811183), Map.entry("10", -1184947476), Map.entry("12", -925440913),
                Map.entry("14", 833767033));
        try (Database db = Database.open(dataDir)) {
            Map<String, Integer> now = new java.util.HashMap<>();
            for (var m : Flyway.configure().dataSource(db.dataSource()).locations(Dialect.H2.migrationLocations())
                    .load().info().applied()) {
                now.put(m.getVersion().toString(), m.getChecksum());
            }
            now.keySet().retainAll(released.keySet());
            assertEquals(released, now);
        }
    }

    /** The address of a team database may carry the password: it is never shown. */
    @Test
    void anUnreachableTeamDatabaseIsReportedWithoutItsLogin() {
        StoreException e = assertThrows(StoreException.class,
                () -> Database.connect("jdbc:postgresql://127.0.0.1:1/makegood?user=ann&password=hunter2"));
        assertTrue(e.getMessage().startsWith("MakeGood cannot reach the server 127.0.0.1:1."), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void migratesAnEmptyFolderToTheLatestSchema() throws SQLException {
        try (Database db = Database.open(dataDir.resolve("new/sub folder"))) {
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"), versions(db));
            assertEquals(List.of("A4"), column(db, "SELECT paper FROM business_profile"));
            for (String table : List.of("incidents", "affected_customers", "status_updates", "why_steps",
                    "corrective_actions", "letters", "settings", "attachments", "outbox", "postmortem_notes",
                    "contributing_factors", "factor_whys", "supporting_links")) {
                assertEquals(List.of("0"), column(db, "SELECT COUNT(*) FROM " + table), table);
            }
        }
    }

    @Test
    void migratesADatabaseFromAnOlderVersionWithoutLoss() throws SQLException {
        JdbcDataSource v1 = new JdbcDataSource();
        v1.setURL(Database.url(dataDir));
        v1.setUser(Database.USER);
        Flyway.configure().dataSource(v1).locations(Dialect.H2.migrationLocations()).target("1").load().migrate();
        try (Connection c = v1.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO incidents VALUES ('old-1', 'Fridge failed', 'OUTAGE', 'SEVERE', 'CUSTOMERS_TOLD',
                        NULL, TIMESTAMP WITH TIME ZONE '2025-06-01 08:00:00.25+02:00', 'CUSTOMER', NULL,
                        'We lost your order.', 'Thanks.', 'The fridge broke.', 'Warm food', DATE '2025-06-10',
                        TIMESTAMP WITH TIME ZONE '2025-06-01 06:30:00Z')""");
            s.execute("""
                    INSERT INTO corrective_actions VALUES ('act-1', 'old-1', 0, 'Temperature alarm', 'Sam',
                        DATE '2025-06-05', 'PLANNED', '')""");
            s.execute("SHUTDOWN");
        }

        try (Database db = Database.open(dataDir)) {
            Incident incident = new JdbcIncidentRepository(db).find("old-1").orElseThrow();
            assertEquals(new Incident("old-1", "Fridge failed", Category.OUTAGE, Severity.SEVERE,
                    IncidentStatus.CUSTOMERS_TOLD, Optional.empty(), Optional.of(Instant.parse("2025-06-01T06:00:00.25Z")),
                    Discoverer.CUSTOMER, Optional.empty(), "We lost your order.", "Thanks.", "The fridge broke.",
                    List.of(), List.of(), "Warm food", List.of(),
                    List.of(new CorrectiveAction("act-1", "Temperature alarm", "Sam",
                            Optional.of(LocalDate.of(2025, 6, 5)), ActionStatus.PLANNED, "",
                            List.of(), Optional.empty(), "")),
                    Optional.of(LocalDate.of(2025, 6, 10)), Instant.parse("2025-06-01T06:30:00Z"), List.of()), incident);
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"), versions(db));
        }
    }

    @Test
    void closingReleasesTheFileSoItCanBeOpenedAgain() {
        Incident incident = SampleIncidents.minimal("Kept", Instant.parse("2026-01-01T00:00:00Z"));
        Database first = Database.open(dataDir);
        new JdbcIncidentRepository(first).save(incident);
        first.close();
        first.close();

        try (Database second = Database.open(dataDir)) {
            assertEquals(Optional.of(incident), new JdbcIncidentRepository(second).find(incident.id()));
        }
    }

    @Test
    void anotherProcessIsToldTheFolderIsInUseUntilItIsClosed() throws Exception {
        try (Database ignored = Database.open(dataDir)) {
            String output = openInAnotherProcess();
            assertTrue(output.startsWith(DatabaseInUseException.class.getName()
                    + ": MakeGood is already open on this data folder"), output);
        }
        assertEquals("opened", openInAnotherProcess());
    }

    /** Runs {@link OpenDatabaseMain} in a fresh JVM and returns what it printed. */
    private String openInAnotherProcess() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenDatabaseMain.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return output;
    }

    static List<String> versions(Database db) throws SQLException {
        return column(db, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
    }

    static List<String> column(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
