package app.makegood.store;

import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;
    private Database database;
    private IncidentRepository repository;
    private Backups backups;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        repository = new JdbcIncidentRepository(database);
        backups = new Backups(database, dataDir, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void restoringABackupBringsBackTheIncidentsAsTheyWere() {
        Incident cake = SampleIncidents.rich("Burnt cake", Instant.parse("2026-11-01T10:00:00Z"));
        Incident bread = SampleIncidents.minimal("Stale bread", Instant.parse("2026-11-02T10:00:00Z"));
        repository.saveAll(List.of(cake, bread));
        Path zip = elsewhere.resolve("my backup.zip");
        backups.backupTo(zip);

        repository.delete(cake.id());
        Incident later = SampleIncidents.minimal("Wrong parcel", Instant.parse("2026-11-03T10:00:00Z"));
        repository.save(later);

        Backups.Inspected inspected = backups.inspect(zip);
        assertEquals(2, inspected.incidents());
        assertEquals(List.of("Stale bread", "Burnt cake"), inspected.newestTitles());
        assertEquals(2, repository.list().size() - 0, "inspecting changes nothing yet");

        Path before = backups.restore(inspected);

        assertEquals(Optional.of(cake), repository.find(cake.id()));
        assertEquals(Optional.of(bread), repository.find(bread.id()));
        assertEquals(Optional.empty(), repository.find(later.id()));
        assertTrue(Files.exists(before), "the state before the restore is kept");
        assertFalse(Files.exists(inspected.staging()), "the unpacked copy is gone");
        // The state before the restore can itself be restored.
        backups.restore(backups.inspect(before));
        assertEquals(Optional.of(later), repository.find(later.id()));
        assertEquals(Optional.empty(), repository.find(cake.id()));
    }

    @Test
    void aCorruptOrForeignZipIsRefusedAndChangesNothing() throws IOException {
        Incident cake = SampleIncidents.rich("Burnt cake", Instant.parse("2026-11-01T10:00:00Z"));
        repository.save(cake);
        Path garbage = elsewhere.resolve("garbage.zip");
        Files.writeString(garbage, "this is not a zip at all");
        Path foreign = elsewhere.resolve("photos.zip");
        zip(foreign, "holiday.jpg", "\u00ff\u00d8".getBytes(StandardCharsets.ISO_8859_1));
        Path fakeDatabase = elsewhere.resolve("fake.zip");
        zip(fakeDatabase, Database.FILE_NAME, "H:2,block:2,blockSize:1000 then nonsense".getBytes(StandardCharsets.UTF_8));
        Path truncated = elsewhere.resolve("truncated.zip");
        backups.backupTo(elsewhere.resolve("good.zip"));
        byte[] good = Files.readAllBytes(elsewhere.resolve("good.zip"));
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length / 2));

        for (Path bad : List.of(garbage, foreign, fakeDatabase, truncated)) {
            StoreException e = assertThrows(StoreException.class, () -> backups.inspect(bad), bad.toString());
            assertTrue(e.getMessage().contains("not a MakeGood backup"), e.getMessage());
        }
        assertEquals(Optional.of(cake), repository.find(cake.id()));
        try (Stream<Path> left = Files.list(dataDir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("restore-")).toList());
        }
    }

    @Test
    void theDailyBackupIsWrittenOnceADayAndOldOnesAreRotated() throws IOException {
        Path folder = dataDir.resolve(Backups.FOLDER);
        Files.createDirectories(folder);
        LocalDate today = LocalDate.now(CLOCK);
        for (int i = 1; i <= 40; i++) {
            Files.writeString(folder.resolve("makegood-" + today.minusDays(i) + ".zip"), "old");
        }
        Files.writeString(folder.resolve("before-restore-2026-01-01-120000.zip"), "kept");

        assertEquals(Optional.of(folder.resolve("makegood-2026-11-23.zip")), backups.daily());
        assertEquals(Optional.empty(), backups.daily(), "one a day");

        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("before-restore-2026-01-01-120000.zip",
                    "makegood-2026-11-08.zip", "makegood-2026-11-15.zip",
                    "makegood-2026-11-17.zip", "makegood-2026-11-18.zip", "makegood-2026-11-19.zip",
                    "makegood-2026-11-20.zip", "makegood-2026-11-21.zip", "makegood-2026-11-22.zip",
                    "makegood-2026-11-23.zip"), names);
        }
        assertEquals(0, backups.inspect(folder.resolve("makegood-2026-11-23.zip")).incidents());
    }

    /**
     * Issue 16: the newest chunk of the database inside a backup damaged. H2 opens such a file at the state before,
     * without a word (here: without the second incident), so it is refused, plain or encrypted.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "open sesame"})
    void aBackupWhoseNewestChangesAreDamagedIsRefused(String passphrase) throws Exception {
        char[] key = passphrase.toCharArray();
        Path live = elsewhere.resolve("live");
        Path zip = elsewhere.resolve("backup.zip");
        try (Database db = Database.open(live, key)) {
            JdbcIncidentRepository incidents = new JdbcIncidentRepository(db);
            incidents.save(SampleIncidents.rich("Burnt cake", Instant.parse("2026-11-01T10:00:00Z")));
            incidents.save(SampleIncidents.minimal("Stale bread", Instant.parse("2026-11-02T10:00:00Z")));
            new Backups(db, live, CLOCK).backupTo(zip);
        }
        byte[] inside;
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            inside = in.readAllBytes();
        }
        Path plain = elsewhere.resolve("plain");
        Files.createDirectories(plain);
        Files.write(plain.resolve(Database.FILE_NAME), inside);
        int header = 0;
        if (key.length > 0) { // find the chunk in a decrypted copy; the encrypted file has one more block first
            Database.decryptCopy(plain, plain, key);
            header = 4096;
        }
        byte[] decrypted = Files.readAllBytes(plain.resolve(Database.FILE_NAME));
        long newest = newestChunkBlock(decrypted);
        // from inside its first block through its footer: whichever pages the newest chunk holds are damaged
        int from = (int) (header + newest * 4096 + 1024);
        int to = (int) Math.min(inside.length, header + (newest + chunkLength(decrypted, newest)) * 4096 - 64);
        for (int i = from; i < to; i++) {
            inside[i] ^= (byte) 0x5a;
        }
        zip(zip, Database.FILE_NAME, inside);
        Backups backups = new Backups(database, dataDir, CLOCK);
        if (key.length > 0) {
            database.changePassphrase(key);
        }

        StoreException e = assertThrows(StoreException.class, () -> backups.inspect(zip));

        assertTrue(e.getMessage().contains("its newest changes cannot be read"), e.getMessage());
    }

    /**
     * H2 may write a commit into space freed earlier in the file and record in the file's header the chunk before
     * it; a copy of that file (a crash too) opens without that commit. On a slow machine freed space is reused at
     * once (here: no retention), so the last save before a backup was missing from it and the restore refused it.
     */
    @Test
    void theLastSaveBeforeABackupIsInIt() throws Exception {
        try (java.sql.Connection c = database.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("SET RETENTION_TIME 0");
        }
        JdbcIncidentRepository incidents = new JdbcIncidentRepository(database);
        List<Incident> many = Stream.iterate(0, n -> n + 1).limit(300)
                .map(n -> SampleIncidents.rich("Burnt cake " + n, Instant.parse("2026-11-01T10:00:00Z"))).toList();
        incidents.saveAll(many);
        incidents.saveAll(many.stream().map(i -> SampleIncidents.edit(i, e -> e.explain = "Oven fault")).toList());
        incidents.save(SampleIncidents.minimal("Last one", Instant.parse("2026-11-02T10:00:00Z")));
        Path zip = elsewhere.resolve("backup.zip");

        backups.backupTo(zip);

        Backups.Inspected inspected = backups.inspect(zip);
        assertEquals(301, inspected.incidents());
    }

    /** The block of the chunk with the highest version in an unencrypted H2 file. */
    private static long newestChunkBlock(byte[] file) {
        long best = -1;
        long bestVersion = -1;
        for (int block = 2; block * 4096 < file.length; block++) {
            String line = new String(file, block * 4096, Math.min(300, file.length - block * 4096),
                    StandardCharsets.ISO_8859_1).split("\n", 2)[0];
            if (line.startsWith("chunk:")) {
                for (String field : line.split(",")) {
                    if (field.startsWith("version:") && Long.parseLong(field.substring(8).strip(), 16) > bestVersion) {
                        bestVersion = Long.parseLong(field.substring(8).strip(), 16);
                        best = block;
                    }
                }
            }
        }
        assertTrue(best > 0, "a chunk");
        return best;
    }

    /** The length in blocks of the chunk starting at {@code block}, from its header. */
    private static long chunkLength(byte[] file, long block) {
        String line = new String(file, (int) block * 4096, 300, StandardCharsets.ISO_8859_1).split("\n", 2)[0];
        for (String field : line.split(",")) {
            if (field.startsWith("len:")) {
                return Long.parseLong(field.substring(4).strip(), 16);
            }
        }
        throw new AssertionError("no length in " + line);
    }

    private static void zip(Path file, String entry, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
    }
}
