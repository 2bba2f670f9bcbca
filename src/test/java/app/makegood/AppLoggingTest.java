package app.makegood;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log file in the data folder holds events and errors, never what the owner typed about customers. */
class AppLoggingTest {
    @TempDir
    Path dataDir;

    @Test
    void errorsAreLoggedByKindAndPlaceWithoutTheirMessages() throws IOException {
        Handler file = AppLogging.start(dataDir).orElseThrow();
        try {
            Exception refused = new IllegalStateException("550 mailbox zebulon.quattlebaum@example.com unknown",
                    new IOException("Zebulon Quattlebaum.pdf: No space left on device"));
            Logger.getLogger("app.makegood.test").log(Level.WARNING, "Background work failed",
                    new IllegalArgumentException("Could not send the letter to Zebulon Quattlebaum.", refused));
        } finally {
            Logger.getLogger("").removeHandler(file);
            file.close();
        }

        String log = Files.readString(dataDir.resolve("makegood0.log"));
        assertTrue(log.contains("WARNING app.makegood.test: Background work failed"), log);
        assertTrue(log.contains("java.lang.IllegalArgumentException") && log.contains("Caused by: java.io.IOException")
                && log.contains("\tat app.makegood.AppLoggingTest."), log);
        assertFalse(log.toLowerCase().contains("zebulon"), log);
    }
}
