package app.makegood.cli;

import app.makegood.store.OpenDatabaseMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the command line says when it cannot go on: one honest sentence, never a stack trace. */
class PlainErrorsTest {
    @TempDir
    Path dataDir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aFolderInUseMayBeHeldByAnotherCommandLineRunNotOnlyAWindow() throws Exception {
        Process holder = OpenDatabaseMain.holdInAnotherProcess(dataDir); // a command-line run, say, still working
        try {
            assertEquals(CommandLine.USER_ERROR, run("list"));
        } finally {
            OpenDatabaseMain.release(holder);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("MakeGood is already open on this data folder"), said);
        assertTrue(said.contains("in a window or in a command-line run"), said);
    }

    @Test
    void aFileNameTheSystemCannotStoreIsSaidPlainly() {
        assertEquals(CommandLine.USER_ERROR, run("export-json", "--all", "out\u0000put.json"));

        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("This system cannot store the file name"), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
    }

    private int run(String... args) {
        PrintStream sink = new PrintStream(err, true, StandardCharsets.UTF_8);
        return CommandLine.run(args, dataDir, sink, sink);
    }
}
