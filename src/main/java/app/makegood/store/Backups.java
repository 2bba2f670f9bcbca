package app.makegood.store;

import app.makegood.domain.review.BackupRotation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Whole-database backups: one automatic backup a day in {@code <data dir>/backups} (rotated), a backup to any
 * file, and restoring one. A restore is checked in a folder of its own first (unzipped, opened, migrated) and
 * shown to the owner; only then is the open database swapped for it, after a backup of the current state.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final Pattern DAILY = Pattern.compile("makegood-(\\d{4}-\\d{2}-\\d{2})\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final int NEWEST_TITLES = 3;
    /** A backup bigger than this when unzipped is not ours (or a zip bomb). */
    private static final long MAX_DATABASE_BYTES = 8L << 30;

    private final Database database;
    private final Path dataDir;
    private final Clock clock;

    public Backups(Database database, Path dataDir, Clock clock) {
        this.database = database;
        this.dataDir = dataDir.toAbsolutePath();
        this.clock = clock;
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    /** Today's automatic backup, unless there is one already, then the rotation. Returns the backup written, if any. */
    public Optional<Path> daily() {
        LocalDate today = LocalDate.now(clock);
        Path target = folder().resolve("makegood-" + today + ".zip");
        Optional<Path> written = Optional.empty();
        if (!Files.exists(target)) {
            backupTo(target);
            written = Optional.of(target);
        }
        rotate(today);
        return written;
    }

    /** Writes today's automatic backup again, replacing one taken earlier today (after the passphrase changed). */
    public Path refreshToday() {
        Path target = folder().resolve("makegood-" + LocalDate.now(clock) + ".zip");
        backupTo(target);
        return target;
    }

    /** Deletes the automatic backups the rotation rule does not keep; other files in the folder are left alone. */
    void rotate(LocalDate today) {
        Map<LocalDate, Path> daily = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), "makegood-*.zip")) {
            for (Path f : files) {
                Matcher m = DAILY.matcher(f.getFileName().toString());
                if (m.matches()) {
                    try {
                        daily.put(LocalDate.parse(m.group(1)), f);
                    } catch (DateTimeParseException e) {
                        // not one of ours
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("MakeGood could not read its backups folder " + folder() + ".", e);
        }
        Set<LocalDate> keep = BackupRotation.keep(daily.keySet(), today);
        daily.forEach((date, file) -> {
            if (!keep.contains(date)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete an old backup", e);
                }
            }
        });
    }

    /** Writes a backup of the whole database to {@code zip}: complete or not there at all. */
    public void backupTo(Path zip) {
        Path target = zip.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".makegood-backup", ".zip");
            Files.delete(partial); // H2 writes the file itself
            try {
                database.backupTo(partial);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new StoreException("MakeGood could not write the backup " + target + ". Check that the folder"
                    + " exists, is writable and has room.", e);
        }
    }

    /** What a backup holds, checked and unpacked in {@code staging}, waiting for the owner to confirm. */
    public record Inspected(Path zip, Path staging, Instant takenAt, int incidents, List<String> newestTitles) {
    }

    /**
     * Unpacks a backup into a folder of its own, opens it (migrating an older one) and reads what it holds.
     * A file that is not a MakeGood backup, or a damaged one, is refused; nothing of the open database changes.
     */
    public Inspected inspect(Path zip) {
        Path staging;
        try {
            staging = Files.createTempDirectory(dataDir, "restore-");
        } catch (IOException e) {
            throw new StoreException("MakeGood could not make room for the backup in " + dataDir + ".", e);
        }
        try {
            Instant takenAt = unzip(zip, staging.resolve(Database.FILE_NAME));
            try (Database copy = Database.open(staging, database.passphrase()); Connection c = copy.dataSource().getConnection();
                 Statement s = c.createStatement()) {
                int count;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM incidents")) {
                    rs.next();
                    count = rs.getInt(1);
                }
                List<String> titles = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT title FROM incidents ORDER BY created_at DESC, id LIMIT "
                        + NEWEST_TITLES)) {
                    while (rs.next()) {
                        titles.add(rs.getString(1));
                    }
                }
                return new Inspected(zip, staging, takenAt, count, List.copyOf(titles));
            }
        } catch (WrongPassphraseException | PassphraseNeededException e) {
            discard(staging);
            throw new StoreException(zip.getFileName() + " was made while the database had another passphrase (or "
                    + "none), so it cannot be opened with the current one. Nothing was changed.", e);
        } catch (NotABackup | StoreException | SQLException e) {
            discard(staging);
            throw new StoreException("This file is not a MakeGood backup, or it is damaged: " + zip.getFileName()
                    + ". Nothing was changed.", e);
        } catch (RuntimeException e) {
            discard(staging);
            throw e;
        }
    }

    /**
     * Replaces the open database with an inspected backup. A backup of the current state goes into the backups
     * folder first (returned), so a restore can itself be undone.
     */
    public Path restore(Inspected backup) {
        try {
            Path before = folder().resolve("before-restore-" + STAMP.format(LocalDateTime.now(clock)) + ".zip");
            backupTo(before);
            database.replaceWith(backup.staging().resolve(Database.FILE_NAME));
            return before;
        } finally {
            discard(backup.staging());
        }
    }


    /** The newest automatic backup in {@code <dataDir>/backups}, if there is one. */
    public static Optional<Path> latestDaily(Path dataDir) {
        Path folder = dataDir.toAbsolutePath().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            // The newest written, not the newest name: a clock set wrong once leaves a "future" backup behind.
            return files.filter(f -> DAILY.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparing(Backups::writtenAt));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read the backups folder", e);
            return Optional.empty();
        }
    }

    private static FileTime writtenAt(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Puts a backup in place of a database that does not open (damaged, or from a newer MakeGood), before the app
     * opens it. The backup is unzipped and opened in a folder of its own first; the file it replaces is renamed
     * to {@code makegood.mv.db.damaged-<date-time>} beside it, never deleted. Returns that renamed file.
     */
    public static Path restoreInPlace(Path dataDir, Path zip, char[] passphrase, Clock clock) {
        Path dir = dataDir.toAbsolutePath();
        Path staging;
        try {
            staging = Files.createTempDirectory(dir, "restore-");
        } catch (IOException e) {
            throw new StoreException("MakeGood could not make room for the backup in " + dir + ".", e);
        }
        try {
            Path restored = staging.resolve(Database.FILE_NAME);
            try {
                unzip(zip, restored);
                Database.open(staging, passphrase).close();
            } catch (NotABackup | StoreException e) {
                throw new StoreException("The backup " + zip.getFileName() + " does not open either. Nothing was"
                        + " changed.", e);
            }
            Path live = dir.resolve(Database.FILE_NAME);
            Path aside = dir.resolve(Database.FILE_NAME + ".damaged-" + STAMP.format(LocalDateTime.now(clock)));
            try {
                if (Files.exists(live)) {
                    Files.move(live, aside);
                }
                try {
                    Files.move(restored, live);
                } catch (IOException e) {
                    if (Files.exists(aside) && !Files.exists(live)) {
                        Files.move(aside, live); // back as it was
                    }
                    throw e;
                }
            } catch (IOException e) {
                throw new StoreException("MakeGood could not put the backup in place in " + dir + ". The damaged"
                        + " file is kept" + (Files.exists(aside) ? " as " + aside.getFileName() : "") + ".", e);
            }
            return aside;
        } finally {
            discard(staging);
        }
    }

    /** Forgets an inspected backup the owner did not restore. */
    public void discard(Inspected backup) {
        discard(backup.staging());
    }

    private static void discard(Path staging) {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not clean up " + staging, e);
        }
    }

    /** Extracts the one database file of an H2 backup; returns when the backup was taken. */
    private static Instant unzip(Path zip, Path target) throws NotABackup {
        Instant takenAt = null;
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory() || !e.getName().equals(Database.FILE_NAME) || found) {
                    throw new NotABackup("unexpected entry " + e.getName());
                }
                found = true;
                copyLimited(in, target);
                takenAt = e.getLastModifiedTime() == null ? null : e.getLastModifiedTime().toInstant();
            }
            if (!found) {
                throw new NotABackup("no database inside");
            }
            return takenAt != null ? takenAt : Files.getLastModifiedTime(zip).toInstant();
        } catch (ZipException e) {
            throw new NotABackup("not a zip: " + e.getMessage());
        } catch (IOException e) {
            throw new StoreException("MakeGood could not read " + zip.getFileName() + ".", e);
        }
    }

    private static void copyLimited(InputStream in, Path target) throws IOException, NotABackup {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (var out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_DATABASE_BYTES) {
                    throw new NotABackup("too large");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static final class NotABackup extends Exception {
        NotABackup(String why) {
            super(why);
        }
    }
}
