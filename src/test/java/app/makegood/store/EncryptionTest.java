package app.makegood.store;

import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Passphrase encryption at rest: no customer name readable in the file or its backups. */
class EncryptionTest {
    /** Distinctive enough that finding it in raw bytes means the file is readable. */
    private static final String NAME = "Zebulon Quattlebaum";
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void anEncryptedDatabaseHoldsNoReadableNameAndOpensOnlyWithItsPassphrase() throws Exception {
        Incident incident = withCustomerName(NAME);
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
            db.backupTo(dataDir.resolve("plain.zip"));
            assertFalse(db.encrypted());
        }
        assertTrue(contains(Files.readAllBytes(dataDir.resolve(Database.FILE_NAME)), NAME), "the plain file shows the name");

        try (Database db = Database.open(dataDir)) {
            db.changePassphrase(PASSPHRASE);
            assertTrue(db.encrypted());
            assertEquals(Optional.of(incident), new JdbcIncidentRepository(db).find(incident.id())); // still usable
            new JdbcIncidentRepository(db).save(incident); // and writable
            Path daily = new Backups(db, dataDir, CLOCK).daily().orElseThrow();
            assertFalse(contains(zippedDatabase(daily), NAME), "the daily backup is encrypted too");
            Backups.Inspected inspected = new Backups(db, dataDir, CLOCK).inspect(daily);
            assertEquals(1, inspected.incidents());
            new Backups(db, dataDir, CLOCK).discard(inspected);
        }
        assertFalse(contains(Files.readAllBytes(dataDir.resolve(Database.FILE_NAME)), NAME));
        assertTrue(Database.isEncrypted(dataDir));
        try (Stream<Path> files = Files.list(dataDir)) { // nothing readable left behind
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals("plain.zip")) {
                    assertFalse(contains(Files.readAllBytes(f), NAME), f.getFileName().toString());
                }
            }
        }

        assertThrows(PassphraseNeededException.class, () -> Database.open(dataDir));
        WrongPassphraseException wrong = assertThrows(WrongPassphraseException.class,
                () -> Database.open(dataDir, "correct horse battery stapler".toCharArray()));
        assertEquals("That passphrase does not open this database. If you are sure it is right, the file may"
                + " be damaged.", wrong.getMessage());

        try (Database db = Database.open(dataDir, PASSPHRASE)) {
            assertEquals(Optional.of(incident), new JdbcIncidentRepository(db).find(incident.id()));
            // a backup from before the encryption comes back encrypted
            Backups backups = new Backups(db, dataDir, CLOCK);
            backups.restore(backups.inspect(dataDir.resolve("plain.zip")));
            assertTrue(db.encrypted());
            assertTrue(Database.isEncrypted(dataDir));
            assertFalse(contains(Files.readAllBytes(dataDir.resolve(Database.FILE_NAME)), NAME));
            assertEquals(Optional.of(incident), new JdbcIncidentRepository(db).find(incident.id()));
            db.changePassphrase("another one".toCharArray());
        }
        assertThrows(WrongPassphraseException.class, () -> Database.open(dataDir, PASSPHRASE));
        try (Database db = Database.open(dataDir, "another one".toCharArray())) {
            db.changePassphrase(null); // remove the encryption
            assertFalse(db.encrypted());
        }
        assertFalse(Database.isEncrypted(dataDir));
        try (Database db = Database.open(dataDir)) {
            assertEquals(Optional.of(incident), new JdbcIncidentRepository(db).find(incident.id()));
        }
    }

    @Test
    void aChangeKilledAfterSettingTheFileAsideLosesNothing() throws Exception {
        Incident incident = withCustomerName(NAME);
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
        }
        // as if killed between the two renames of changePassphrase
        Files.move(dataDir.resolve(Database.FILE_NAME), dataDir.resolve(Database.FILE_NAME + ".before-encrypt"));
        try (Database db = Database.open(dataDir)) {
            assertEquals(Optional.of(incident), new JdbcIncidentRepository(db).find(incident.id()));
        }
        assertFalse(Files.exists(dataDir.resolve(Database.FILE_NAME + ".before-encrypt")));
    }

    @Test
    void stagingFoldersLeftByAKilledRestoreOrEncryptionAreRemovedAtOpen() throws Exception {
        Database.open(dataDir).close();
        Path restore = Files.createDirectories(dataDir.resolve("restore-4477212").resolve("x"));
        Files.writeString(restore.resolve(Database.FILE_NAME), "half a database");
        Files.createDirectories(dataDir.resolve("encrypt-91"));
        Files.createDirectories(dataDir.resolve("restore-notes")); // not ours: kept

        Database.open(dataDir).close();

        assertEquals(List.of(Database.FILE_NAME, "restore-notes"), namesIn(dataDir));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".trace.db")).sorted().toList();
        }
    }

    private static Incident withCustomerName(String name) {
        Incident rich = SampleIncidents.rich("Burnt cakes", Instant.parse("2026-11-01T10:00:00Z"));
        var customers = new java.util.ArrayList<>(rich.customers());
        var anna = customers.get(0);
        customers.set(0, new app.makegood.domain.AffectedCustomer(anna.id(), name, anna.email(), anna.expected(),
                anna.expectedValue(), anna.offerKind(), anna.offerAmount(), anna.offerNote(), anna.offerState(),
                anna.salutation(), anna.reference(), anna.notes(), anna.futureValue()));
        return CrashChildMain.copy(rich, java.util.Map.of("customers", customers));
    }

    private static byte[] zippedDatabase(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(Database.FILE_NAME)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no database in " + zip);
    }

    /** Like {@code strings | grep}: the name in UTF-8 anywhere in the bytes. */
    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
