package app.makegood.ui;

import app.makegood.Launcher;
import app.makegood.store.OpenDatabaseMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second start of the window on a folder held by something that does not answer: the owner gets a message in the
 * window; the terminal it was started from gets no stack trace (the H2 90020 error goes to the log file only).
 */
class SecondStartQuietTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path scratch;
    private Process holder;
    private Process window;

    @AfterEach
    void stopBoth() throws Exception {
        if (window != null) {
            window.destroyForcibly().waitFor();
        }
        if (holder != null) {
            OpenDatabaseMain.release(holder);
        }
    }

    @Test
    void theWindowsStartOnAHeldFolderPrintsNothingOnTheTerminal() throws Exception {
        holder = OpenDatabaseMain.holdInAnotherProcess(dataDir);
        Path stderr = scratch.resolve("stderr.txt");
        Path stdout = scratch.resolve("stdout.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path")));
        // Headless, as the tests run: the same JavaFX settings this JVM was given.
        Stream.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")
                .filter(key -> System.getProperty(key) != null)
                .forEach(key -> command.add("-D" + key + "=" + System.getProperty(key)));
        command.addAll(List.of(Launcher.class.getName(), "--data-dir", dataDir.toString()));
        window = new ProcessBuilder(command).redirectError(stderr.toFile()).redirectOutput(stdout.toFile()).start();

        // The copy logs the failed open just before it shows its message: then everything it would print is out.
        Path log = dataDir.resolve("makegood0.log");
        // A generous limit: a JVM start on a busy machine is slow; the wait ends as soon as the line is there.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> logSays(log, "The database did not open: IN_USE") || !window.isAlive());
        assertTrue(window.isAlive(), "the second copy shows its message and waits: " + read(stderr));
        assertTrue(read(log).contains("JdbcSQLNonTransientConnectionException"), "the details are in the log");

        window.destroyForcibly().waitFor();
        String printed = read(stderr) + read(stdout);
        assertFalse(printed.contains("90020") || printed.contains("Exception") || printed.contains("\tat "), printed);
    }

    private static boolean logSays(Path log, String text) {
        return read(log).contains(text);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
