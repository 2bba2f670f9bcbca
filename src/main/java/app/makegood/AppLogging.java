package app.makegood;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends log records (events and errors, never customer text) to a rotating file in the data folder, and never to
 * the terminal: a stack trace there tells the owner nothing and can quote what they typed.
 */
final class AppLogging {
    private static final Logger LOG = Logger.getLogger(AppLogging.class.getName());

    private AppLogging() {
    }

    /**
     * Takes the terminal out of logging: Java's console handler goes, and an error no code caught is logged like
     * any other instead of being printed with its stack trace.
     */
    static void silenceTerminal() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                root.removeHandler(h);
            }
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                LOG.log(Level.SEVERE, "Uncaught error in thread " + thread.getName(), e));
    }

    /** Returns the handler added to the root logger, empty when no log file could be made. */
    static Optional<Handler> start(Path dataDir) {
        silenceTerminal();
        try {
            Files.createDirectories(dataDir);
            FileHandler file = new FileHandler(dataDir.resolve("makegood%g.log").toString(), 1_000_000, 3, true);
            file.setFormatter(new PrivateLogFormat());
            Logger root = Logger.getLogger("");
            root.addHandler(file);
            root.setLevel(Level.INFO);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // nowhere to log to: the owner still gets every message meant for them
        }
    }
}
