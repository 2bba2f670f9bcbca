package app.makegood.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The statements PostgreSQL spells differently from H2; checked here without a server (PostgresStoreTest runs them). */
class DialectTest {
    private static final String MERGE = """
            MERGE INTO corrective_actions (id, incident_id, position,
                                           done_on)
            KEY (id) VALUES (?, ?, ?, ?)""";

    @Test
    void h2RunsItsStatementsAsWritten() {
        assertEquals(MERGE, Dialect.H2.sql(MERGE));
    }

    @Test
    void postgresqlUpsertsWithOnConflictAndUpdatesEveryColumnButTheKey() {
        assertEquals("INSERT INTO corrective_actions (id, incident_id, position, done_on) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET incident_id = EXCLUDED.incident_id,"
                        + " position = EXCLUDED.position, done_on = EXCLUDED.done_on",
                Dialect.POSTGRESQL.sql(MERGE).replaceAll("\\s+", " "));
        assertEquals("INSERT INTO settings (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v",
                Dialect.POSTGRESQL.sql("MERGE INTO settings (k, v) KEY (k) VALUES (?, ?)"));
    }

    @Test
    void otherStatementsAreTheSameOnBoth() {
        String delete = "DELETE FROM why_steps WHERE incident_id = ?";
        assertEquals(delete, Dialect.POSTGRESQL.sql(delete));
    }

    @Test
    void eachEngineReadsTheSharedMigrationsAndItsOwn() {
        assertArrayEquals(new String[]{"classpath:db/migration", "classpath:db/h2"}, Dialect.H2.migrationLocations());
        assertArrayEquals(new String[]{"classpath:db/migration", "classpath:db/postgresql"},
                Dialect.POSTGRESQL.migrationLocations());
    }
}
