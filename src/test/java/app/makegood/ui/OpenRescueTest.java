package app.makegood.ui;

import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import app.makegood.store.Backups;
import app.makegood.store.CrashChildMain;
import app.makegood.store.Database;
import app.makegood.store.DatabaseDamagedException;
import app.makegood.store.DatabaseInUseException;
import app.makegood.store.DatabaseTooNewException;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.StoreException;
import app.makegood.ui.OpenRescue.Choice;
import app.makegood.ui.OpenRescue.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A database that does not open, with real broken files: what the owner is told and offered. */
class OpenRescueTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void aDamagedFileOffersTheLatestBackupAndIsKeptAsideWhenRestored() throws Exception {
        Incident incident = SampleIncidents.rich("Burnt cakes", Instant.parse("2026-11-01T10:00:00Z"));
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
            new Backups(db, dataDir, CLOCK).daily();
        }
        byte[] damaged = damage(dataDir.resolve(Database.FILE_NAME));

        StoreException error = assertThrows(StoreException.class, () -> Database.open(dataDir));
        assertTrue(error instanceof DatabaseDamagedException, error.toString());
        OpenRescue rescue = OpenRescue.of(error, Backups.newestVerified(dataDir, null));
        assertEquals(Kind.DAMAGED, rescue.kind());
        assertEquals(List.of(Choice.RESTORE_BACKUP, Choice.OPEN_OTHER_FOLDER, Choice.QUIT), rescue.choices());
        assertTrue(rescue.message().startsWith("MakeGood cannot read its database in "), rescue.message());
        assertTrue(rescue.message().contains("makegood-2026-11-20.zip"), rescue.message());

        Path aside = Backups.restoreInPlace(dataDir, rescue.backup().orElseThrow(), null, CLOCK);
        assertEquals(Database.FILE_NAME + ".damaged-2026-11-20-090000", aside.getFileName().toString());
        assertArrayEquals(damaged, Files.readAllBytes(aside)); // never deleted, never changed
        try (Database db = Database.open(dataDir)) {
            assertEquals(Optional.of(incident), new JdbcIncidentRepository(db).find(incident.id()));
        }
    }

    /**
     * Issue 16: a database cut to its headers is damaged, not a new workbook. The rescue skips the newest backup,
     * which is damaged itself, and offers the older one that reads in full.
     */
    @Test
    void theRescueOffersTheNewestBackupThatReadsInFull() throws Exception {
        Incident incident = SampleIncidents.rich("Burnt cakes", Instant.parse("2026-11-01T10:00:00Z"));
        Path folder = dataDir.resolve(Backups.FOLDER);
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
            new Backups(db, dataDir, CLOCK).daily();
        }
        Path good = folder.resolve("makegood-2026-11-20.zip");
        Path newer = folder.resolve("makegood-2026-11-21.zip");
        byte[] inside;
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(good))) {
            in.getNextEntry();
            inside = in.readAllBytes();
        }
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(newer))) {
            out.putNextEntry(new java.util.zip.ZipEntry(Database.FILE_NAME));
            out.write(inside, 0, inside.length / 2); // cut short
            out.closeEntry();
        }
        Files.setLastModifiedTime(good, java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-20T09:00:00Z")));
        Files.setLastModifiedTime(newer, java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-21T09:00:00Z")));
        Path file = dataDir.resolve(Database.FILE_NAME);
        byte[] damaged = Arrays.copyOf(Files.readAllBytes(file), 8192);
        Files.write(file, damaged);

        StoreException error = assertThrows(StoreException.class, () -> Database.open(dataDir));
        assertTrue(error instanceof DatabaseDamagedException, error.toString());
        assertArrayEquals(damaged, Files.readAllBytes(file), "not opened as a new, empty workbook");
        OpenRescue rescue = OpenRescue.of(error, Backups.newestVerified(dataDir, null));
        assertEquals(Optional.of(good), rescue.backup());
        assertTrue(rescue.message().contains("makegood-2026-11-20.zip"), rescue.message());

        Path aside = Backups.restoreInPlace(dataDir, rescue.backup().orElseThrow(), null, CLOCK);
        assertArrayEquals(damaged, Files.readAllBytes(aside));
        try (Database db = Database.open(dataDir)) {
            assertEquals(Optional.of(incident), new JdbcIncidentRepository(db).find(incident.id()));
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith("restore-")), "no staging left");
        }
    }

    @Test
    void aDamagedFileWithoutBackupsOffersAnotherFolderOrQuit() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(SampleIncidents.minimal("Kept", Instant.EPOCH));
        }
        byte[] damaged = damage(dataDir.resolve(Database.FILE_NAME));

        OpenRescue rescue = OpenRescue.of(assertThrows(StoreException.class, () -> Database.open(dataDir)),
                Backups.newestVerified(dataDir, null));
        assertEquals(Kind.DAMAGED, rescue.kind());
        assertEquals(List.of(Choice.OPEN_OTHER_FOLDER, Choice.QUIT), rescue.choices());
        assertArrayEquals(damaged, Files.readAllBytes(dataDir.resolve(Database.FILE_NAME)));
        try (Stream<Path> files = Files.list(dataDir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().contains("damaged")));
        }
    }

    @Test
    void aDatabaseFromANewerMakeGoodIsNotMigratedAndSaysSo() throws Exception {
        try (Database db = Database.open(dataDir)) {
            new Backups(db, dataDir, CLOCK).daily();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                        + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                        + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
                s.execute("CREATE TABLE future_things (id INT)");
            }
        }

        StoreException error = assertThrows(StoreException.class, () -> Database.open(dataDir));
        assertTrue(error instanceof DatabaseTooNewException, error.toString());
        OpenRescue rescue = OpenRescue.of(error, Backups.newestVerified(dataDir, null));
        assertEquals(Kind.TOO_NEW, rescue.kind());
        assertTrue(rescue.message().contains("newer MakeGood (database version 99)"), rescue.message());
        assertEquals(List.of(Choice.RESTORE_BACKUP, Choice.OPEN_OTHER_FOLDER, Choice.QUIT), rescue.choices());
    }

    @Test
    void aFolderInUseByAnotherProcessOffersAnotherFolderOrQuit() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChildMain.class.getName(), "hold",
                dataDir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", out.readLine());
            StoreException error = assertThrows(StoreException.class, () -> Database.open(dataDir));
            assertTrue(error instanceof DatabaseInUseException, error.toString());
            OpenRescue rescue = OpenRescue.of(error, Backups.newestVerified(dataDir, null));
            assertEquals(Kind.IN_USE, rescue.kind());
            assertEquals(List.of(Choice.OPEN_OTHER_FOLDER, Choice.QUIT), rescue.choices());
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void anythingElseIsOtherWithItsPlainMessage() {
        OpenRescue rescue = OpenRescue.of(new IllegalStateException("boom"), Optional.empty());
        assertEquals(Kind.OTHER, rescue.kind());
        assertEquals("An unexpected error happened (IllegalStateException).", rescue.message());
    }

    /** Overwrites the middle half of the file with random bytes; returns the damaged content. */
    private static byte[] damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            byte[] garbage = new byte[(int) (length / 2)];
            new Random(7).nextBytes(garbage);
            raf.seek(length / 4);
            raf.write(garbage);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertFalse(Arrays.equals(bytes, new byte[0]));
        return bytes;
    }
}
