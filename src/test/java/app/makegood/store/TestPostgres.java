package app.makegood.store;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The PostgreSQL server the team-workbook tests use: MAKEGOOD_TEST_PG_URL, which .ci/run sets (.ci/postgres.sh).
 * Without it a test that needs the server is skipped on a developer's machine, and fails in CI (CI=true).
 */
public final class TestPostgres {
    private static final String URL = System.getenv("MAKEGOOD_TEST_PG_URL");

    private TestPostgres() {
    }

    /** The server's JDBC address, or the calling test is skipped (failed under CI=true). */
    public static String url() {
        if (URL != null && !URL.isBlank()) {
            return URL;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but MAKEGOOD_TEST_PG_URL is not set: .ci/run should have started PostgreSQL with"
                    + " .ci/postgres.sh. The PostgreSQL tests must run in CI.");
        }
        Assumptions.abort("No PostgreSQL for the team-workbook tests: set MAKEGOOD_TEST_PG_URL (source .ci/postgres.sh"
                + " to start a throw-away server) to run them.");
        throw new AssertionError("unreachable");
    }

    /** Empties the database, as a test on H2 starts from an empty folder. */
    public static void emptyDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }
}
