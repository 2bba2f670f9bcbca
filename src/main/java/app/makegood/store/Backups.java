package app.makegood.store;

import app.makegood.domain.review.BackupRotation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    /**
     * A backup bigger than this when unzipped is not ours (or a zip bomb). Evidence files are at most 20 MB each;
     * a workbook of a hundred incidents with several photos each is a few hundred MB.
     */
    public static final long MAX_DATABASE_BYTES = 4L << 30;
    /** Room kept free on the disk beyond what a restore needs, so the app can still save afterwards. */
    private static final long SPARE_BYTES = 64L << 20;

    private final Database database;
    private final Path dataDir;
    private final Clock clock;
    private final long maxUnpackedBytes;

    public Backups(Database database, Path dataDir, Clock clock) {
        this(database, dataDir, clock, MAX_DATABASE_BYTES);
    }

    /** @param maxUnpackedBytes the largest database a backup may unpack to (smaller in tests, to try zip bombs) */
    public Backups(Database database, Path dataDir, Clock clock, long maxUnpackedBytes) {
        this.database = database;
        this.dataDir = dataDir.toAbsolutePath();
        this.clock = clock;
        this.maxUnpackedBytes = maxUnpackedBytes;
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
        /** A backup of a workbook with no incidents: restoring it leaves MakeGood empty. */
        public boolean empty() {
            return incidents == 0;
        }
    }

    /**
     * Unpacks a backup into a folder of its own, opens it (migrating an older one) and reads all of it, as an
     * export would. A file that is not a MakeGood backup, or one damaged anywhere, is refused with the reason;
     * nothing of the open database changes.
     */
    public Inspected inspect(Path zip) {
        return verify(dataDir, zip, database.passphrase(), maxUnpackedBytes, database.file());
    }

    /** Unpacks, opens and reads a whole backup in a staging folder in {@code dir}; the folder is gone if it fails. */
    private static Inspected verify(Path dir, Path zip, char[] passphrase, long cap, Path live) {
        Unzipped unzipped;
        try {
            unzipped = measure(zip, cap);
        } catch (NotABackup e) {
            throw refused(zip, e.getMessage(), e);
        }
        ensureRoom(dir, zip, unzipped.bytes() + sizeOf(live));
        Path staging;
        try {
            staging = Files.createTempDirectory(dir, "restore-");
        } catch (IOException e) {
            throw new StoreException("MakeGood could not make room for the backup in " + dir + ".", e);
        }
        try {
            extract(zip, staging.resolve(Database.FILE_NAME), cap);
            checkNewestChunk(staging, passphrase);
            try (Database copy = Database.open(staging, passphrase)) {
                FullRead.everything(copy);
                return new Inspected(zip, staging, unzipped.takenAt(), count(copy), newestTitles(copy));
            }
        } catch (WrongPassphraseException | PassphraseNeededException e) {
            discard(staging);
            throw new StoreException(zip.getFileName() + " was made while the database had another passphrase (or "
                    + "none), so it cannot be opened with the current one. Nothing was changed.", e);
        } catch (DatabaseTooNewException e) {
            discard(staging);
            throw new StoreException(zip.getFileName() + " was made by a newer MakeGood, so this version cannot"
                    + " restore it. Nothing was changed.", e);
        } catch (NotABackup e) {
            discard(staging);
            throw refused(zip, e.getMessage(), e);
        } catch (DatabaseDamagedException e) {
            discard(staging);
            throw refused(zip, "its database is damaged" + e.how().map(how -> ": " + how).orElse(""), e);
        } catch (UnpackFailed e) { // the disk, not the backup: say so as it is
            discard(staging);
            throw e;
        } catch (RuntimeException | SQLException e) {
            discard(staging);
            throw refused(zip, "part of its database cannot be read", e);
        }
    }

    /**
     * H2 opens a backup whose newest changes are damaged at an older state, down to an empty workbook, without a
     * word: refuse it. An encrypted backup is looked at in a decrypted copy (when the passphrase opens it at all).
     */
    private static void checkNewestChunk(Path staging, char[] passphrase) throws NotABackup {
        Path file = staging.resolve(Database.FILE_NAME);
        if (!Database.isEncrypted(staging)) {
            if (StoreHeader.newestChunkUnreadable(file)) {
                throw new NotABackup("its newest changes cannot be read");
            }
            return;
        }
        if (passphrase == null || passphrase.length == 0) {
            return; // Database.open says a passphrase is needed
        }
        Path plain = staging.resolve("check");
        try {
            Database.decryptCopy(staging, plain, passphrase);
            if (StoreHeader.newestChunkUnreadable(plain.resolve(Database.FILE_NAME))) {
                throw new NotABackup("its newest changes cannot be read");
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "The passphrase does not decrypt the backup; opening it will say so", e);
        } catch (IOException e) {
            throw new UnpackFailed("MakeGood could not check the backup in " + staging + ".", e);
        } finally {
            discard(plain);
        }
    }

    private static StoreException refused(Path zip, String why, Throwable cause) {
        return new StoreException("This file is not a MakeGood backup, or it is damaged: " + zip.getFileName()
                + " (" + why + "). Nothing was changed.", cause);
    }

    private static int count(Database copy) throws SQLException {
        try (Connection c = copy.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM incidents")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> newestTitles(Database copy) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Connection c = copy.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT title FROM incidents ORDER BY created_at DESC, id LIMIT "
                     + NEWEST_TITLES)) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return List.copyOf(titles);
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


    /**
     * The newest backup in {@code <dataDir>/backups} (automatic, or kept before a restore) that unpacks, opens
     * with {@code passphrase} and reads in full; backups that fail are skipped. Slow: call it off the UI thread.
     */
    public static Optional<Path> newestVerified(Path dataDir, char[] passphrase) {
        Path dir = dataDir.toAbsolutePath();
        Path folder = dir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Path> newestFirst;
        try (Stream<Path> files = Files.list(folder)) {
            // The newest written, not the newest name: a clock set wrong once leaves a "future" backup behind.
            newestFirst = files.filter(f -> f.getFileName().toString().endsWith(".zip") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(Backups::writtenAt).reversed()).toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read the backups folder", e);
            return Optional.empty();
        }
        for (Path zip : newestFirst) {
            try {
                discard(verify(dir, zip, passphrase, MAX_DATABASE_BYTES, null).staging());
                return Optional.of(zip);
            } catch (StoreException e) {
                LOG.log(Level.WARNING, "Skipped a backup that does not read in full: " + zip.getFileName(), e);
            }
        }
        return Optional.empty();
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
        Path staging = verify(dir, zip, passphrase, MAX_DATABASE_BYTES, null).staging();
        try {
            Path restored = staging.resolve(Database.FILE_NAME);
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

    /** The size of a backup's database, counted as it streams (not as the zip declares), and when it was taken. */
    private record Unzipped(long bytes, Instant takenAt) {
    }

    /**
     * Reads the backup through once, writing nothing: a zip bomb, a foreign zip or a damaged one (bad checksum)
     * is refused before a byte lands in the data folder.
     */
    private static Unzipped measure(Path zip, long cap) throws NotABackup {
        return readZip(zip, cap, null);
    }

    /** Writes the database of a measured backup to {@code target}, counting again in case the file changed. */
    private static void extract(Path zip, Path target, long cap) throws NotABackup {
        try (OutputStream out = Files.newOutputStream(target)) {
            readZip(zip, cap, out);
        } catch (IOException e) {
            throw new UnpackFailed("MakeGood could not unpack the backup " + zip.getFileName() + ". Check that the"
                    + " disk has room.", e);
        }
    }

    /** Reads the one database entry of an H2 backup to {@code out} (or nowhere), refusing anything else. */
    private static Unzipped readZip(Path zip, long cap, OutputStream out) throws NotABackup {
        Instant takenAt = null;
        long total = -1;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory() || !e.getName().equals(Database.FILE_NAME) || total >= 0) {
                    throw new NotABackup("it holds other files than a MakeGood database");
                }
                total = copyLimited(in, out, cap);
                takenAt = e.getLastModifiedTime() == null ? null : e.getLastModifiedTime().toInstant();
            }
            if (total < 0) {
                throw new NotABackup("there is no MakeGood database inside");
            }
            if (total == 0) {
                throw new NotABackup("its database is empty (0 bytes)");
            }
            return new Unzipped(total, takenAt != null ? takenAt : Files.getLastModifiedTime(zip).toInstant());
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw new StoreException("MakeGood could not read " + zip.getFileName() + ". Check that it is there and"
                    + " that you may read it.", e);
        } catch (IOException e) { // not a zip, a bad checksum, cut short; or the disk failed writing
            if (out != null && !(e instanceof ZipException)) {
                throw new UnpackFailed("MakeGood could not unpack the backup " + zip.getFileName() + ". Check that"
                        + " the disk has room.", e);
            }
            NotABackup refused = new NotABackup("the zip is damaged or cut short");
            refused.initCause(e);
            throw refused;
        }
    }

    /** Copies one entry, counting the bytes as they come; more than {@code cap} is not a MakeGood database. */
    private static long copyLimited(InputStream in, OutputStream out, long cap) throws IOException, NotABackup {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > cap) {
                throw new NotABackup("it unpacks to more than " + megabytes(cap) + " MB, more than any MakeGood"
                        + " database");
            }
            if (out != null) {
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    /** Refuses a restore the disk has no room for: the unpacked database, the backup of the current one, a margin. */
    private static void ensureRoom(Path dir, Path zip, long needed) {
        try {
            long free = Files.getFileStore(dir).getUsableSpace();
            if (needed + SPARE_BYTES > free) {
                throw new StoreException("There is not enough free space in " + dir + " to unpack " + zip.getFileName()
                        + ": it needs " + megabytes(needed + SPARE_BYTES) + " MB and " + megabytes(free) + " MB are"
                        + " free. Make room and try again. Nothing was changed.", null);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read the free space of " + dir, e);
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static long sizeOf(Path file) {
        try {
            return file == null ? 0 : Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Unpacking failed on this machine's side (disk full, no permission): not the backup's fault. */
    private static final class UnpackFailed extends StoreException {
        UnpackFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final class NotABackup extends Exception {
        NotABackup(String why) {
            super(why);
        }
    }
}
