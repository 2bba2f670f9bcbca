package app.makegood.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The H2 file database in the data directory, migrated to the latest schema when opened. */
public final class Database implements AutoCloseable {
    /** H2's "database may be already in use": another process holds the file lock. */
    private static final int ERROR_DATABASE_IN_USE = 90020;
    /** The database is private to the user's folder, so there is no real password. */
    static final String USER = "sa";
    /**
     * Flyway logs every routine migration step at INFO through java.util.logging, which would end up on the
     * console and on the command line's stderr. Held in a field because JUL keeps loggers only weakly.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final JdbcConnectionPool pool;
    private boolean closed;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    public static Database open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("MakeGood cannot create its data folder " + dir + ". Choose another folder.", e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir), USER, "");
        try {
            // Take a connection before migrating so a locked file is reported as such, not as a Flyway failure.
            try (Connection ignored = pool.getConnection()) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            }
            return new Database(pool);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ERROR_DATABASE_IN_USE) {
                throw new DatabaseInUseException(dir, e);
            }
            throw new StoreException("MakeGood cannot open its database in " + dir + ".", e);
        } catch (FlywayException e) {
            pool.dispose();
            throw new StoreException("MakeGood cannot update its database in " + dir
                    + " for this version of the app. Keep a copy of that folder and report the problem.", e);
        }
    }

    static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("makegood");
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Shuts the database down, even if a connection was leaked, so the file lock is released at once
     * and the folder can be opened again (by this JVM or another process). Calling it twice is harmless.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("MakeGood could not close its database cleanly.", e);
        } finally {
            pool.dispose();
        }
    }
}
