package app.makegood.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.tools.ChangeFileEncryption;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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

/**
 * The workbook's database, migrated to the latest schema when opened: normally the H2 file in the data directory;
 * with {@link #connect} a shared PostgreSQL database (the team workbook, issue 19), which has no file to back up,
 * encrypt or swap.
 */
public final class Database implements AutoCloseable {
    /** H2's "database may be already in use": another process holds the file lock. */
    private static final int ERROR_DATABASE_IN_USE = 90020;
    /** H2's "wrong password or file corrupted" for an encrypted file opened with the wrong file password. */
    private static final int ERROR_WRONG_FILE_PASSWORD = 90049;
    /** H2 error codes that mean the file itself is unreadable: corrupted, wrong format, general (MVStore) error. */
    private static final java.util.Set<Integer> ERRORS_DAMAGED = java.util.Set.of(90030, 90048, 50000);
    /** H2 writes this header at the start of a file encrypted with {@code CIPHER=AES}. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
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

    /** The data folder; null for a server database. */
    private final Path dir;
    private final Dialect dialect;
    /** The passphrase of an encrypted database, in memory only; null when the file is not encrypted. */
    private volatile char[] passphrase;
    /** Replaced when a backup is restored; repositories hold {@link #dataSource} and never see the swap. */
    private volatile JdbcConnectionPool pool;
    private final DataSource dataSource = new CurrentPool();
    private boolean closed;

    private Database(Path dir, JdbcConnectionPool pool, char[] passphrase) {
        this(dir, pool, passphrase, Dialect.H2);
    }

    private Database(Path dir, JdbcConnectionPool pool, char[] passphrase, Dialect dialect) {
        this.dir = dir;
        this.dialect = dialect;
        this.pool = pool;
        this.passphrase = passphrase;
    }

    public static Database open(Path dataDir) {
        return open(dataDir, null);
    }

    /**
     * Opens (creating and migrating as needed) the database in {@code dataDir}. {@code passphrase} is needed only
     * when the file is encrypted; a new database is created encrypted when one is given.
     *
     * @throws PassphraseNeededException the file is encrypted and no passphrase was given
     * @throws WrongPassphraseException the passphrase does not open the file
     * @throws DatabaseDamagedException the file is there but cannot be read
     * @throws DatabaseTooNewException a newer MakeGood has changed the file
     * @throws DatabaseInUseException another process has the file open
     */
    public static Database open(Path dataDir, char[] passphrase) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("MakeGood cannot create its data folder " + dir + ". Choose another folder.", e);
        }
        recoverInterruptedSwap(dir);
        char[] key = passphrase == null || passphrase.length == 0 ? null : passphrase.clone();
        if (!Files.exists(dir.resolve(FILE_NAME))) {
            create(dir, key);
        } else if (isEncrypted(dir)) {
            if (key == null) {
                throw new PassphraseNeededException(dir);
            }
        } else {
            key = null; // a plain file opens without a passphrase
        }
        Database db = new Database(dir, openPool(dir, key), key);
        for (String suffix : SET_ASIDE) { // the swap was done; what was set aside is not needed any more
            try {
                Files.deleteIfExists(dir.resolve(FILE_NAME + suffix));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete a database file set aside", e);
            }
        }
        removeLeftoverStaging(dir);
        return db;
    }

    /** Folders a restore or a re-encryption works in; one killed midway leaves its folder behind. */
    private static final java.util.regex.Pattern STAGING =
            java.util.regex.Pattern.compile("(restore|encrypt|create)-\\d+");

    /**
     * Makes a new database in a folder of its own, migrated, and only then moves it into place: so a file named
     * {@value #FILE_NAME} has always held MakeGood's tables, and one that does not (empty, cut short) is damaged,
     * never an unfinished first start. A second process that got there first wins; its file is used.
     */
    private static void create(Path dir, char[] key) {
        Path work;
        try {
            work = Files.createTempDirectory(dir, "create-");
        } catch (IOException e) {
            throw new StoreException("MakeGood cannot create its database in " + dir + ". Check that the folder is"
                    + " writable and has room.", e);
        }
        try {
            shutDown(openPool(work, key, false));
            Files.move(work.resolve(FILE_NAME), dir.resolve(FILE_NAME));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            LOG.info("Another MakeGood created the database first");
        } catch (IOException | RuntimeException e) {
            if (!Files.exists(dir.resolve(FILE_NAME))) {
                throw e instanceof StoreException s ? s : new StoreException("MakeGood cannot create its database in "
                        + dir + ". Check that the folder is writable and has room.", e);
            }
        } finally {
            deleteTree(work);
        }
    }

    /** Removes staging folders left by a restore or re-encryption that was killed. Called holding the file lock. */
    private static void removeLeftoverStaging(Path dir) {
        try (var entries = Files.list(dir)) {
            entries.filter(p -> STAGING.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p))
                    .toList().forEach(Database::deleteTree);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not look for leftover staging folders", e);
        }
    }

    /** Where a restore or a change of passphrase sets the current file while it puts the new one in place. */
    private static final List<String> SET_ASIDE = List.of(".before-restore", ".before-encrypt");

    /**
     * A restore or re-encryption killed between setting the file aside and putting the new one in place leaves
     * no database file: put the one set aside back, rather than start an empty database.
     */
    private static void recoverInterruptedSwap(Path dir) {
        Path live = dir.resolve(FILE_NAME);
        if (Files.exists(live)) {
            return;
        }
        for (String suffix : SET_ASIDE) {
            Path aside = dir.resolve(FILE_NAME + suffix);
            if (Files.exists(aside)) {
                try {
                    Files.move(aside, live);
                    LOG.warning("Put back the database set aside by an interrupted " + suffix.substring(1));
                    return;
                } catch (IOException e) {
                    throw new StoreException("MakeGood found its database set aside as " + aside.getFileName()
                            + " and could not put it back. Rename it to " + FILE_NAME + ".", e);
                }
            }
        }
    }

    /** Whether the database file in {@code dataDir} is encrypted (read from its header, without opening it). */
    public static boolean isEncrypted(Path dataDir) {
        return isEncryptedFile(dataDir.toAbsolutePath().resolve(FILE_NAME));
    }

    private static boolean isEncryptedFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes a decrypted copy of the encrypted database file in {@code from} into {@code to} (both folders), byte
     * for byte under the encryption, without opening it: for looking at its chunks as they are.
     */
    static void decryptCopy(Path from, Path to, char[] key) throws IOException, SQLException {
        Files.createDirectories(to);
        Files.copy(from.resolve(FILE_NAME), to.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        ChangeFileEncryption.execute(to.toString(), "makegood", "AES", filePassword(key), null, true);
    }

    /** Whether this database is encrypted with a passphrase. */
    public boolean encrypted() {
        return passphrase != null;
    }

    /** The database file, for the room a restore needs. */
    Path file() {
        return dir.resolve(FILE_NAME);
    }

    /** The passphrase, for opening copies of this database (backups); null when not encrypted. */
    char[] passphrase() {
        return passphrase == null ? null : passphrase.clone();
    }

    private static JdbcConnectionPool openPool(Path dir, char[] key) {
        return openPool(dir, key, true);
    }

    /** @param existing the file is there already and must hold MakeGood's tables (false only in {@link #create}) */
    private static JdbcConnectionPool openPool(Path dir, char[] key, boolean existing) {
        if (existing) {
            checkFile(dir, key);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir, key != null), USER, password(key));
        try {
            // Take a connection before migrating so a locked file is reported as such, not as a Flyway failure.
            try (Connection ignored = pool.getConnection()) {
                migrate(pool, Dialect.H2, dir.toString());
            }
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ERROR_DATABASE_IN_USE) {
                throw new DatabaseInUseException(dir, e);
            }
            if (e.getErrorCode() == ERROR_WRONG_FILE_PASSWORD && key != null) {
                throw new WrongPassphraseException(dir, e);
            }
            if (ERRORS_DAMAGED.contains(e.getErrorCode())) {
                throw new DatabaseDamagedException(dir, e);
            }
            throw new StoreException("MakeGood cannot open its database in " + dir + ".", e);
        } catch (FlywayException e) {
            pool.dispose();
            throw new StoreException("MakeGood cannot update its database in " + dir
                    + " for this version of the app. Keep a copy of that folder and report the problem.", e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Brings the schema up to date; a schema changed by a newer MakeGood is left alone and refused. */
    private static void migrate(DataSource dataSource, Dialect dialect, String where) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(dialect.migrationLocations()).load();
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getState() == MigrationState.FUTURE_SUCCESS
                    || applied.getState() == MigrationState.FUTURE_FAILED) {
                throw new DatabaseTooNewException(where, applied.getVersion().toString());
            }
        }
        flyway.migrate();
    }

    /**
     * Opens (creating and migrating its tables as needed) the shared workbook in the PostgreSQL database at
     * {@code jdbcUrl} ({@code jdbc:postgresql://host:port/database}, with {@code ?user=..&password=..} or a
     * ~/.pgpass entry for the login).
     */
    public static Database connect(String jdbcUrl) {
        return connect(jdbcUrl, null);
    }

    /**
     * As {@link #connect(String)}, logging in with {@code password} (kept by the driver for new connections, in
     * memory only) when it is given.
     *
     * @throws TeamDatabaseException the server cannot be reached, refuses the login, lacks the database, is too old
     */
    public static Database connect(String jdbcUrl, char[] password) {
        Server server = server(jdbcUrl, password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(server.source()); // H2's small pool works over any driver
        try {
            try (Connection c = pool.getConnection()) {
                requireRecentServer(c);
                migrate(pool, Dialect.POSTGRESQL, server.where());
            }
            return new Database(null, pool, null, Dialect.POSTGRESQL);
        } catch (SQLException e) {
            pool.dispose();
            throw TeamDatabaseException.of(e, server.host(), server.database());
        } catch (FlywayException e) {
            pool.dispose();
            throw new StoreException("MakeGood cannot set up the team database " + server.where() + " for this version"
                    + " of the app. Check that the user may create tables there, or report the problem.", e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** What "Test connection" found: the server's version and how many incidents the workbook there holds. */
    public record ServerCheck(String version, long incidents) {
    }

    /**
     * Logs in once and looks, changing nothing: the server's version and the number of incidents (0 where
     * MakeGood's tables are not made yet).
     *
     * @throws TeamDatabaseException as {@link #connect(String, char[])}
     */
    public static ServerCheck check(String jdbcUrl, char[] password) {
        Server server = server(jdbcUrl, password);
        try (Connection c = server.source().getConnection(); Statement s = c.createStatement()) {
            String version = requireRecentServer(c);
            long incidents = 0;
            try (var rs = s.executeQuery("SELECT to_regclass('incidents') IS NOT NULL")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    try (var count = s.executeQuery("SELECT COUNT(*) FROM incidents")) {
                        count.next();
                        incidents = count.getLong(1);
                    }
                }
            }
            return new ServerCheck(version, incidents);
        } catch (SQLException e) {
            throw TeamDatabaseException.of(e, server.host(), server.database());
        }
    }

    /** The driver's data source for {@code jdbcUrl}, with the names the messages use. */
    private record Server(org.postgresql.ds.PGConnectionPoolDataSource source, String where, String host,
                          String database) {
    }

    /** A server that does not answer at all is given up on after this long, rather than the driver's minutes. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private static Server server(String jdbcUrl, char[] password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new StoreException("A team database address starts with jdbc:postgresql://, for example"
                    + " jdbc:postgresql://server:5432/makegood?user=NAME.", null);
        }
        String where = withoutLogin(jdbcUrl);
        java.util.Properties parts = org.postgresql.Driver.parseURL(jdbcUrl, null);
        if (parts == null) {
            throw new StoreException("MakeGood cannot read the team database address " + where + ".", null);
        }
        org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
        try {
            source.setURL(jdbcUrl);
        } catch (IllegalArgumentException e) {
            throw new StoreException("MakeGood cannot read the team database address " + where + ".", e);
        }
        if (parts.getProperty("connectTimeout") == null) {
            source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        }
        if (password != null && password.length > 0) {
            source.setPassword(new String(password));
        }
        String port = parts.getProperty("PGPORT", String.valueOf(TeamServer.DEFAULT_PORT));
        return new Server(source, where, parts.getProperty("PGHOST") + ":" + port, parts.getProperty("PGDBNAME"));
    }

    /** The server's version ("15.18", without the packager's suffix), or {@link TeamDatabaseException} when it is older than MakeGood supports. */
    private static String requireRecentServer(Connection c) throws SQLException {
        var meta = c.getMetaData();
        String version = meta.getDatabaseMajorVersion() + "." + meta.getDatabaseMinorVersion();
        if (meta.getDatabaseMajorVersion() < TeamDatabaseException.OLDEST_SERVER) {
            throw TeamDatabaseException.tooOld(version);
        }
        return version;
    }

    /** The address without its query (user, password): safe to show in a message. */
    static String withoutLogin(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    /** The engine behind this workbook, for the statements it spells its own way. */
    Dialect dialect() {
        return dialect;
    }

    /** The H2 file's operations (backup, restore, encryption) have no meaning for a server database. */
    private void requireFile(String what) {
        if (dir == null) {
            throw new StoreException("MakeGood cannot " + what + " a team database; the server's own backups and"
                    + " access rules look after it.", null);
        }
    }

    /** H2 writes its files in blocks of this many bytes; an encrypted file that is not a whole number is cut short. */
    private static final int BLOCK_BYTES = 4096;

    /**
     * H2 opens an empty or unreadable file as a new, empty store (and rewrites it when it closes), and rolls back to
     * the newest part of a file it can read. So an existing file is first opened read-only: if it is empty, cut
     * short, unreadable, or MakeGood's tables are gone, it is damaged, and is reported untouched rather than come up
     * as an empty workbook.
     */
    private static void checkFile(Path dir, char[] key) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isReadable(file)) {
            throw new StoreException("MakeGood is not allowed to read its database " + file + ". Check the file's"
                    + " permissions.", null);
        }
        long size = sizeOf(file);
        if (size == 0) {
            throw new DatabaseDamagedException(dir, "it is empty (0 bytes)", null);
        }
        try {
            checkReadable(dir, key);
        } catch (SQLException e) {
            if (e.getErrorCode() == ERROR_DATABASE_IN_USE) {
                throw new DatabaseInUseException(dir, e);
            }
            if (e.getErrorCode() == ERROR_WRONG_FILE_PASSWORD && key != null) {
                if (size % BLOCK_BYTES != 0) { // H2 cannot tell this from a wrong passphrase; the size can
                    throw new DatabaseDamagedException(dir, "it is cut short", e);
                }
                throw new WrongPassphraseException(dir, e);
            }
            throw new DatabaseDamagedException(dir, null, e); // corrupted, wrong format, cut short, I/O error
        }
        // Checked after the read-only open: a file another process has open is reported in use, not cut short.
        if (key == null && StoreHeader.lastChunkCutOff(file, size)) {
            throw new DatabaseDamagedException(dir, "it is cut short", null);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Opens the file read-only and reads MakeGood's migration history and incidents table: the store is ours. */
    private static void checkReadable(Path dir, char[] key) throws SQLException {
        org.h2.jdbcx.JdbcDataSource readOnly = new org.h2.jdbcx.JdbcDataSource();
        readOnly.setURL(url(dir, key != null) + ";ACCESS_MODE_DATA=r");
        readOnly.setUser(USER);
        readOnly.setPassword(password(key));
        try (Connection c = readOnly.getConnection(); Statement s = c.createStatement()) {
            try (var tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    throw new DatabaseDamagedException(dir, "MakeGood's tables are gone", null);
                }
            }
            s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"").close();
            s.executeQuery("SELECT COUNT(*) FROM incidents").close();
        }
    }

    /**
     * TRACE_LEVEL_FILE=0: H2 would otherwise keep its own error log beside the database, quoting failed SQL and
     * the values in it (customer text); errors reach MakeGood as exceptions and its own log instead.
     * WRITE_DELAY=0: every commit is written to the file before the commit returns, so an autosave the app was
     * told is saved survives the process being killed (H2's default writes up to 500 ms later).
     * LOCK_TIMEOUT: a statement waits this long for rows another transaction holds. An import saves every incident
     * in one transaction, which may take many seconds; H2's default of 2 s made other work fail meanwhile with
     * "Timeout trying to lock table" (issue 16).
     */
    /** Far longer than an import takes: 2,000 incidents took about 6 s on a 2-core test machine. */
    static final int LOCK_TIMEOUT_MILLIS = 120_000;

    static String url(Path dataDir) {
        return url(dataDir, false);
    }

    static String url(Path dataDir, boolean encrypted) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("makegood") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0"
                + ";LOCK_TIMEOUT=" + LOCK_TIMEOUT_MILLIS
                + (encrypted ? ";CIPHER=AES" : "");
    }

    /**
     * H2 takes "filePassword userPassword", split at the first space. The passphrase goes in as the hex of its
     * UTF-8 bytes, so a passphrase with spaces (or any character) works.
     */
    private static String password(char[] key) {
        return key == null ? "" : new String(filePassword(key)) + " ";
    }

    private static char[] filePassword(char[] key) {
        if (key == null) {
            return null;
        }
        java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(key));
        char[] hex = new char[bytes.remaining() * 2];
        for (int i = 0; bytes.hasRemaining(); i += 2) {
            int b = bytes.get() & 0xff;
            hex[i] = Character.forDigit(b >> 4, 16);
            hex[i + 1] = Character.forDigit(b & 0xf, 16);
        }
        Arrays.fill(bytes.array(), (byte) 0);
        return hex;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** H2 map (not a table) whose one entry a backup changes, so that the copy ends in a chunk of its own. */
    private static final String BACKUP_MAP = "makegood.backup";

    /** Writes a consistent copy of the whole database, as a zip holding {@value #FILE_NAME}, while it stays open. */
    public void backupTo(Path zip) {
        requireFile("back up");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // H2 may have written the newest commit into space freed earlier in the file while its header still
            // names the chunk before: a copy of the file (like the file after a crash) opens without that commit.
            // So the copy is started by a chunk at the end of the file, where H2 always finds the newest state.
            org.h2.mvstore.MVStore store = ((org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class)
                    .getSession()).getDatabase().getStore().getMvStore();
            org.h2.mvstore.FileStore<?> file = store.getFileStore();
            boolean reused = file.isSpaceReused();
            file.setReuseSpace(false);
            try {
                store.openMap(BACKUP_MAP).put("backedUpAt", System.currentTimeMillis());
                store.commit();
                s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            } finally {
                file.setReuseSpace(reused);
            }
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
        requireFile("restore a backup into");
        boolean plainIntoEncrypted = passphrase != null && !isEncryptedFile(verified);
        shutDown(pool);
        swapIn(verified, ".before-restore", "restored", plainIntoEncrypted ? null : passphrase);
        if (plainIntoEncrypted) {
            // A backup from before the database was encrypted: encrypt it with the passphrase in use.
            char[] keep = passphrase;
            passphrase = null;
            changePassphrase(keep);
        }
    }

    /**
     * Encrypts the database with {@code next}, changes its passphrase, or (null or empty) removes the encryption.
     * The file is re-encrypted as a copy (H2's ChangeFileEncryption), the copy is opened to check it, and only
     * then is it put in place of the current file; if anything fails the current file stays as it was. Nothing
     * else may use the database meanwhile: callers run this on the one worker thread that does all store work.
     */
    public synchronized void changePassphrase(char[] next) {
        requireFile("encrypt");
        char[] key = next == null || next.length == 0 ? null : next.clone();
        Path live = dir.resolve(FILE_NAME);
        Path work;
        try {
            work = Files.createTempDirectory(dir, "encrypt-");
        } catch (IOException e) {
            throw new StoreException("MakeGood could not make room to encrypt the database in " + dir + ".", e);
        }
        Path fresh = work.resolve(FILE_NAME);
        shutDown(pool);
        try {
            try {
                Files.copy(live, fresh);
                ChangeFileEncryption.execute(work.toString(), "makegood", "AES", filePassword(passphrase),
                        filePassword(key), true);
                shutDown(openPool(work, key)); // opens and migrates: the copy is good
            } catch (IOException | SQLException | RuntimeException e) {
                pool = openPool(dir, passphrase);
                throw new StoreException("MakeGood could not encrypt the database; nothing was changed.", e);
            }
            swapIn(fresh, ".before-encrypt", "encrypted", key); // the old file must not stay behind readable
            passphrase = key;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Puts {@code fresh} in place of the closed database file and opens it with {@code key}. The current file is
     * set aside first (under the suffix the start-up recovery looks for) and comes back, opened as before, if
     * anything fails; once the new file is open, the one set aside is deleted.
     */
    private void swapIn(Path fresh, String asideSuffix, String what, char[] key) {
        Path live = dir.resolve(FILE_NAME);
        Path aside = dir.resolve(FILE_NAME + asideSuffix);
        try {
            Files.move(live, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            pool = openPool(dir, passphrase);
            throw new StoreException("MakeGood could not set the current database aside; nothing was changed.", e);
        }
        try {
            Files.move(fresh, live);
            pool = openPool(dir, key);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(live);
                Files.move(aside, live);
            } catch (IOException undo) {
                e.addSuppressed(undo);
            }
            pool = openPool(dir, passphrase);
            throw new StoreException("MakeGood could not open the " + what + " database; your data is as it was.", e);
        }
        try {
            Files.deleteIfExists(aside);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + aside, e);
        }
    }

    private static void deleteTree(Path folder) {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not clean up " + folder, e);
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
        if (dir == null) { // a server database stays up for the others; only this app's connections close
            pool.dispose();
            return;
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("MakeGood could not close its database cleanly.", e);
        } finally {
            pool.dispose();
        }
    }
}
