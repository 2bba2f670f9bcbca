package app.makegood;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends log records (events and errors, never customer text) to a rotating file in the data folder. */
final class AppLogging {
    private AppLogging() {
    }

    /** Returns the handler added to the root logger, empty when no log file could be made. */
    static Optional<Handler> start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileHandler file = new FileHandler(dataDir.resolve("makegood%g.log").toString(), 1_000_000, 3, true);
            file.setFormatter(new PrivateLogFormat());
            Logger root = Logger.getLogger("");
            root.addHandler(file);
            root.setLevel(Level.INFO);
            return Optional.of(file);
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).log(Level.WARNING, "No log file in " + dataDir, e);
            return Optional.empty();
        }
    }
}
