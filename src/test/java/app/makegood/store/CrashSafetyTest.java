package app.makegood.store;

import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import app.makegood.export.IncidentJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Kills a MakeGood stand-in with SIGKILL mid-work and checks that nothing it reported as saved is lost. */
class CrashSafetyTest {
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;
    private Path base;
    private Incident baseIncident;
    private final Random random = new Random(9);

    @BeforeEach
    void writeBaseIncident() throws IOException {
        baseIncident = SampleIncidents.rich("Burnt cakes", Instant.parse("2026-11-01T10:00:00Z"));
        base = dir.resolve("base.json");
        new IncidentJson().writeFile(List.of(baseIncident), base);
    }

    @Test
    void anAutosaveReportedAsCommittedSurvivesAKill() throws Exception {
        Path data = dir.resolve("data");
        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = 20 + random.nextInt(60);
            Killed killed = runAndKill(List.of("save", data.toString(), base.toString()), "committed ", killAfter, 0);
            assertTrue(killed.last >= killAfter, killed.toString());

            try (Database db = Database.open(data)) { // opens and migrates cleanly after the kill
                Incident saved = new JdbcIncidentRepository(db).find(baseIncident.id()).orElseThrow();
                int revision = Integer.parseInt(saved.title().substring("Revision ".length()));
                assertTrue(revision == killed.last || revision == killed.last + 1,
                        "child reported " + killed.last + " committed, database has " + revision);
                assertSameFields(CrashChildMain.revision(baseIncident, revision), saved);
                assertEquals(1, new JdbcIncidentRepository(db).list().size());
            }
        }
    }

    @Test
    void anExportKilledMidWriteLeavesOnlyCompleteFiles() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = out.resolve("incidents.json");
        for (int round = 0; round < ROUNDS; round++) {
            Killed killed = runAndKill(List.of("export", target.toString(), base.toString()), "wrote ", 1 + round,
                    random.nextInt(150));
            List<Incident> read = new IncidentJson().readFile(target); // complete, or this throws
            assertEquals(400, read.size(), killed.toString());
            assertSameFields(CrashChildMain.exportCopy(baseIncident, 399), read.get(399));
            assertOnlyTargetOrItsTemporaryFile(target);
        }
    }

    @Test
    void aPdfKilledMidWriteLeavesOnlyCompleteFiles() throws Exception {
        Path out = Files.createDirectories(dir.resolve("pdf"));
        Path target = out.resolve("postmortem.pdf");
        for (int round = 0; round < ROUNDS; round++) {
            Killed killed = runAndKill(List.of("pdf", target.toString(), base.toString()), "wrote ", 1 + round,
                    random.nextInt(100));
            byte[] pdf = Files.readAllBytes(target);
            assertTrue(new String(pdf, pdf.length - 8, 8, StandardCharsets.ISO_8859_1).contains("%%EOF"), killed.toString());
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                assertTrue(document.getNumberOfPages() >= 1);
            }
            assertOnlyTargetOrItsTemporaryFile(target);
        }
    }

    /** A kill may leave AtomicFile's hidden temporary file behind, never a half-written target. */
    private static void assertOnlyTargetOrItsTemporaryFile(Path target) throws IOException {
        String wanted = target.getFileName().toString();
        try (Stream<Path> files = Files.list(target.getParent())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                assertTrue(name.equals(wanted) || name.startsWith("." + wanted) && name.endsWith(".tmp"),
                        "unexpected file " + name);
            }
        }
    }

    record Killed(int last, int linesSeen, String stderr) {
    }

    /**
     * Runs {@link CrashChildMain}, waits until it has printed {@code prefix + killAfter}, waits {@code extraMillis}
     * more, kills it with SIGKILL and returns the last number it printed before dying.
     */
    private Killed runAndKill(List<String> args, String prefix, int killAfter, int extraMillis) throws Exception {
        Path stderr = Files.createTempFile(dir, "child", ".err");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChildMain.class.getName()));
        command.addAll(args);
        // Output goes to a file: the pipe's Java end is closed by destroyForcibly, a file keeps every line written.
        Path stdout = Files.createTempFile(dir, "child", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lastNumber(stdout, prefix) < killAfter) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    fail("child ended or stalled before it was killed: " + Files.readString(stderr));
                }
                Thread.sleep(5);
            }
            if (extraMillis > 0) {
                Thread.sleep(extraMillis);
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        int last = lastNumber(stdout, prefix);
        int lines = (int) Files.readAllLines(stdout).stream().filter(l -> l.startsWith(prefix)).count();
        return new Killed(last, lines, Files.readString(stderr));
    }

    /** The number on the last complete line starting with {@code prefix}, or 0. */
    private static int lastNumber(Path output, String prefix) throws IOException {
        String text = Files.readString(output);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return 0;
        }
        String[] lines = text.substring(0, end).split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].startsWith(prefix)) {
                return Integer.parseInt(lines[i].substring(prefix.length()).strip());
            }
        }
        return 0;
    }

    /** Compares two incidents component by component, so a failure names the field that differs. */
    static void assertSameFields(Incident expected, Incident actual) throws ReflectiveOperationException {
        for (RecordComponent c : Incident.class.getRecordComponents()) {
            assertEquals(c.getAccessor().invoke(expected), c.getAccessor().invoke(actual), c.getName());
        }
        assertEquals(expected, actual);
    }

}
