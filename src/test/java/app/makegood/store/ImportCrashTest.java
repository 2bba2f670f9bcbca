package app.makegood.store;

import app.makegood.domain.Attachment;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.SampleIncidents;
import app.makegood.export.IncidentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 16, item 1: an import killed with SIGKILL at any moment leaves the folder readable, holding either the
 * whole import or none of it. A child JVM ({@link ImportChildMain}) imports and removes a file again and again;
 * it is killed at a random moment of that, then the folder is opened and checked, {@value #KILLS} times.
 */
class ImportCrashTest {
    private static final int KILLS = 50;
    private static final int IMPORTED = 30;
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anImportKilledAtAnyMomentLeavesAllOrNoneOfItInAReadableFolder() throws Exception {
        Path data = dir.resolve("data");
        List<Incident> base = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            base.add(i % 2 == 0 ? SampleIncidents.rich("Base " + i, T0.plusSeconds(i))
                    : SampleIncidents.minimal("Base " + i, T0.plusSeconds(i)));
        }
        try (Database db = Database.open(data)) {
            new JdbcIncidentRepository(db).saveAll(base);
        }
        long baseSize = Files.size(data.resolve(Database.FILE_NAME));
        List<Incident> imported = new ArrayList<>();
        for (int i = 0; i < IMPORTED; i++) {
            Incident rich = SampleIncidents.rich("Imported " + i, T0.plusSeconds(100 + i));
            // Every fifth carries a photo: stored as a LOB, and together more than H2 keeps in memory, so an
            // import's uncommitted rows reach the file before its commit and must be rolled back after a kill.
            imported.add(i % 5 == 0 ? withPhoto(rich, i) : rich);
        }
        Path file = dir.resolve("import.json");
        new IncidentJson().writeFile(imported, file);
        Set<String> importedIds = imported.stream().map(Incident::id).collect(Collectors.toSet());

        Random random = new Random(16);
        Map<String, Integer> killedAfter = new TreeMap<>();
        int all = 0;
        long largestUndone = 0; // the file's size after a kill that left none of the import: uncommitted rows in it
        long openMillis = 0;
        long cycleMillis = 0;
        Database.open(dir.resolve("empty")).close();
        Child next = Child.start(dir, data, file, 0);
        for (int kill = 0; kill < KILLS; kill++) {
            Child child = next;
            child.await("ready");
            long started = System.nanoTime();
            child.go();
            if (kill == 0) { // measures the phases once: opening, then one import and its removal
                child.await("open");
                openMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                child.await("removed 1");
                cycleMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) - openMillis;
            } else {
                // Anywhere from opening the database to the second import: most kills land in an import.
                Thread.sleep(random.nextInt((int) (openMillis + cycleMillis * 3 / 2) + 1));
            }
            String last = child.kill();
            killedAfter.merge(last.replaceAll("\\d+", "N"), 1, Integer::sum);
            next = kill + 1 < KILLS ? Child.start(dir, data, file, kill + 1) : null; // warms up meanwhile

            long size = Files.size(data.resolve(Database.FILE_NAME));
            try (Database db = Database.open(data)) { // opens after the kill
                JdbcIncidentRepository repository = new JdbcIncidentRepository(db);
                List<IncidentSummary> list = repository.list();
                long present = list.stream().filter(s -> importedIds.contains(s.id())).count();
                String state = "kill " + (kill + 1) + " after \"" + last + "\": " + present + " of " + IMPORTED;
                assertTrue(present == 0 || present == IMPORTED, "all or none of the import: " + state);
                assertEquals(base.size() + present, list.size(), state);
                for (Incident b : base) {
                    assertEquals(b, repository.find(b.id()).orElseThrow(), state);
                }
                if (present == 0) {
                    largestUndone = Math.max(largestUndone, size);
                } else {
                    all++;
                    Incident sample = imported.get(random.nextInt(IMPORTED));
                    assertEquals(sample, repository.find(sample.id()).orElseThrow(), state);
                }
                assertEquals(base.size() + present, repository.findAllWithoutEvidenceContents().size(), state);
            }
        }
        System.out.printf("ImportCrashTest: %d kills, open %d ms, import and removal %d ms, %d left the whole import,"
                + " %d none (file %d KB at most then, %d KB before); killed after %s%n", KILLS, openMillis,
                cycleMillis, all, KILLS - all, largestUndone / 1024, baseSize / 1024, killedAfter);
        assertTrue(killedAfter.keySet().size() >= 3, "kills landed in several phases: " + killedAfter);
    }

    private static Incident withPhoto(Incident incident, int seed) {
        byte[] photo = new byte[512 * 1024];
        new Random(seed).nextBytes(photo);
        CorrectiveAction first = incident.actions().get(0);
        List<Attachment> files = new ArrayList<>(first.attachments());
        files.add(new Attachment(app.makegood.domain.Ids.newId(), "photo-" + seed + ".jpg", photo));
        List<CorrectiveAction> actions = new ArrayList<>(incident.actions());
        actions.set(0, new CorrectiveAction(first.id(), first.description(), first.owner(), first.due(),
                first.status(), first.evidenceNote(), files, first.doneOn(), first.droppedReason()));
        return SampleIncidents.edit(incident, e -> e.actions = actions);
    }

    /** One child JVM, its output in a file (a file keeps every line written before the kill; a pipe may not). */
    private record Child(Process process, Path out, Path err) {
        /** Child {@code n} warms up in its own folder, on a copy of the empty database in "empty". */
        static Child start(Path dir, Path data, Path file, int n) throws IOException {
            Path out = Files.createTempFile(dir, "child", ".out");
            Path err = Files.createTempFile(dir, "child", ".err");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), ImportChildMain.class.getName(),
                    data.toString(), file.toString(), dir.resolve("empty").toString(),
                    dir.resolve("warm-" + n).toString());
            return new Child(new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start(), out, err);
        }

        void await(String line) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(out).contains(line + "\n")) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    fail("the child ended or stalled before \"" + line + "\": " + Files.readString(err));
                }
                Thread.sleep(2);
            }
        }

        void go() throws IOException {
            OutputStream in = process.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** SIGKILL: no shutdown hook, no finally block, no H2 close. Returns the last line it printed. */
        String kill() throws Exception {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            String err = Files.readString(this.err);
            assertTrue(err.isBlank(), "the child failed before it was killed: " + err);
            return ImportChildMain.lastLine(out);
        }
    }
}
