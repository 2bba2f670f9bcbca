package app.makegood.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
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
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    /** The file the database lives in, inside the data folder. */
    public static final String FILE_NAME = "makegood.mv.db";

    private final Path dir;
    /** Replaced when a backup is restored; repositories hold {@link #dataSource} and never see the swap. */
    private volatile JdbcConnectionPool pool;
    private final DataSource dataSource = new CurrentPool();
    private boolean closed;

    private Database(Path dir, JdbcConnectionPool pool) {
        this.dir = dir;
        this.pool = pool;
    }

    public static Database open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("MakeGood cannot create its data folder " + dir + ". Choose another folder.", e);
        }
        return new Database(dir, openPool(dir));
    }

    private static JdbcConnectionPool openPool(Path dir) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir), USER, "");
        try {
            // Take a connection before migrating so a locked file is reported as such, not as a Flyway failure.
            try (Connection ignored = pool.getConnection()) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            }
            return pool;
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
        return dataSource;
    }

    /** Writes a consistent copy of the whole database, as a zip holding {@value #FILE_NAME}, while it stays open. */
    public void backupTo(Path zip) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException("MakeGood could not write the backup " + zip.getFileName() + ".", e);
        }
    }

    /**
     * Puts {@code verified} (a database file that has been opened and migrated already) in place of the open
     * database. The current file is moved aside first and comes back if the new one does not open, so the
     * owner's data is never lost on the way. Nothing else may use the database meanwhile: callers run this on
     * the one worker thread that does all store work.
     */
    public synchronized void replaceWith(Path verified) {
        Path live = dir.resolve(FILE_NAME);
        Path aside = dir.resolve(FILE_NAME + ".before-restore");
        shutDown(pool);
        try {
            Files.move(live, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            pool = openPool(dir);
            throw new StoreException("MakeGood could not set the current database aside; nothing was changed.", e);
        }
        try {
            Files.move(verified, live);
            pool = openPool(dir);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(live);
                Files.move(aside, live);
            } catch (IOException undo) {
                e.addSuppressed(undo);
            }
            pool = openPool(dir);
            throw new StoreException("MakeGood could not open the restored database; your data is as it was.", e);
        }
        try {
            Files.deleteIfExists(aside);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the database set aside before restoring", e);
        }
    }

    private static void shutDown(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("MakeGood could not close its database to restore the backup.", e);
        } finally {
            pool.dispose();
        }
    }

    /** Hands out connections of whichever pool is current. */
    private final class CurrentPool implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return pool.getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
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
