package app.makegood.store;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team database's address built from the dialog's fields, and what the owner is told when it does not work. */
class TeamServerTest {
    @Test
    void theAddressCarriesUserAndTlsButNoPassword() {
        TeamServer server = new TeamServer(" db.shop.example ", 5432, "makegood", "ann", TeamServer.Tls.VERIFY_FULL);
        assertEquals("jdbc:postgresql://db.shop.example:5432/makegood?user=ann&sslmode=verify-full", server.url());
        assertEquals("makegood on db.shop.example", server.shortName());
    }

    @Test
    void namesWithSpacesAndSignsAreEncodedAndReadBackAsTyped() {
        TeamServer server = new TeamServer("10.0.0.5", 6543, "shop books", "zoë&co", TeamServer.Tls.DISABLE);
        String url = server.url();
        assertEquals("jdbc:postgresql://10.0.0.5:6543/shop%20books?user=zo%C3%AB%26co&sslmode=disable", url);
        var parsed = org.postgresql.Driver.parseURL(url, null);
        assertEquals("shop books", parsed.getProperty("PGDBNAME"));
        assertEquals("zoë&co", parsed.getProperty("user"));
        assertEquals("makegood on 10.0.0.5:6543".replace("makegood", "shop books"), server.shortName());
    }

    @Test
    void anIpv6AddressIsBracketed() {
        assertEquals("jdbc:postgresql://[::1]:5432/mg?user=a&sslmode=require",
                new TeamServer("::1", 5432, "mg", "a", TeamServer.Tls.REQUIRE).url());
    }

    @Test
    void whatIsMissingIsSaidBeforeTrying() {
        assertEquals(Optional.of("Type the server's name or address."),
                new TeamServer(" ", 5432, "mg", "a", null).problem());
        assertTrue(new TeamServer("a b", 5432, "mg", "a", null).problem().isPresent());
        assertTrue(new TeamServer("h", 0, "mg", "a", null).problem().orElseThrow().startsWith("The port"));
        assertEquals(Optional.of("Type the name of the database on the server."),
                new TeamServer("h", 5432, "", "a", null).problem());
        assertEquals(Optional.of("Type the user name to log in with."), new TeamServer("h", 5432, "mg", "", null).problem());
        assertEquals(Optional.empty(), new TeamServer("h", 5432, "mg", "a", null).problem());
    }

    @Test
    void theDriversErrorsBecomePlainWords() {
        assertProblem(TeamDatabaseException.Problem.LOGIN, "refused the user name or password",
                new SQLException("FATAL: password authentication failed for user \"ann\"", "28P01"));
        assertProblem(TeamDatabaseException.Problem.LOGIN, "refused the user name or password",
                new SQLException("The server requested password-based authentication, but no password was provided.",
                        "08004"));
        assertProblem(TeamDatabaseException.Problem.NO_DATABASE, "has no database named \"books\"",
                new SQLException("FATAL: database \"books\" does not exist", "3D000"));
        assertProblem(TeamDatabaseException.Problem.UNREACHABLE, "cannot reach the server db:5432",
                new SQLException("Connection to db:5432 refused.", "08001", new ConnectException("refused")));
        assertProblem(TeamDatabaseException.Problem.TLS, "secure (TLS) connection",
                new SQLException("SSL error", "08006", new SSLHandshakeException("PKIX path building failed")));
        assertProblem(TeamDatabaseException.Problem.TLS, "secure (TLS) connection",
                new SQLException("The server does not support SSL.", "08004"));
        assertProblem(TeamDatabaseException.Problem.OTHER, "(disk full)", new SQLException("disk full", "53100"));
    }

    @Test
    void anOldServerIsNamedWithItsVersion() {
        TeamDatabaseException e = TeamDatabaseException.tooOld("9.6.24");
        assertEquals(TeamDatabaseException.Problem.TOO_OLD, e.problem());
        assertTrue(e.getMessage().startsWith("The server runs PostgreSQL 9.6.24, which is too old: MakeGood needs"
                + " PostgreSQL 13 or newer."), e.getMessage());
    }

    @Test
    void nothingListensOnThePort() {
        TeamDatabaseException e = assertThrows(TeamDatabaseException.class, () -> Database.check(
                new TeamServer("127.0.0.1", 1, "mg", "ann", TeamServer.Tls.DISABLE).url(), "secret".toCharArray()));
        assertEquals(TeamDatabaseException.Problem.UNREACHABLE, e.problem());
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void aRealServerSaysItsVersionAndHowManyIncidents() throws Exception {
        String url = TestPostgres.url();
        TestPostgres.emptyDatabase();
        assertEquals(0, Database.check(url, null).incidents(), "no tables yet: nothing to count, nothing made");
        try (Database db = Database.connect(url)) {
            new JdbcIncidentRepository(db).save(app.makegood.domain.SampleIncidents.minimal("Late van",
                    java.time.Instant.parse("2026-11-01T10:00:00Z")));
        }
        Database.ServerCheck check = Database.check(url, null);
        assertEquals(1, check.incidents());
        assertTrue(check.version().matches("\\d+\\.\\d+.*"), check.version());
    }

    @Test
    void aDatabaseTheServerDoesNotHaveIsNamed() {
        String url = TestPostgres.url().replace("/makegood_test?", "/no_such_books?");
        TeamDatabaseException e = assertThrows(TeamDatabaseException.class, () -> Database.check(url, null));
        assertEquals(TeamDatabaseException.Problem.NO_DATABASE, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains("has no database named \"no_such_books\""), e.getMessage());
    }

    private static void assertProblem(TeamDatabaseException.Problem expected, String words, SQLException e) {
        TeamDatabaseException plain = TeamDatabaseException.of(e, "db:5432", "books");
        assertEquals(expected, plain.problem(), plain.getMessage());
        assertTrue(plain.getMessage().contains(words), plain.getMessage());
    }
}
