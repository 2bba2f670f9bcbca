package app.makegood;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends log records (events and errors, never customer text) to a rotating file in the data folder. */
final class AppLogging {
    private AppLogging() {
    }

    static void start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileHandler file = new FileHandler(dataDir.resolve("makegood%g.log").toString(), 1_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            root.addHandler(file);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).log(Level.WARNING, "No log file in " + dataDir, e);
        }
    }
}
