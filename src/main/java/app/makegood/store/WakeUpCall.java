package app.makegood.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a second start of MakeGood on the same data folder asks the copy already running to bring its window
 * forward: it leaves a request file in the folder, which the running copy looks for a few times a second and
 * removes when it has answered. A file rather than a socket: nothing listens on the network, and a request
 * nobody answers (the folder is held by something else) simply times out.
 */
public final class WakeUpCall implements AutoCloseable {
    static final String REQUEST = "wake-up.request";
    private static final Logger LOG = Logger.getLogger(WakeUpCall.class.getName());
    private static final long LOOK_EVERY_MS = 250;

    private final ScheduledExecutorService watcher;

    private WakeUpCall(ScheduledExecutorService watcher) {
        this.watcher = watcher;
    }

    /** Answers requests left in {@code dataDir} by running {@code wakeUp} (on a background thread) until closed. */
    public static WakeUpCall answer(Path dataDir, Runnable wakeUp) {
        Path request = dataDir.toAbsolutePath().resolve(REQUEST);
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "makegood-wake-up");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(() -> {
            try {
                if (Files.deleteIfExists(request)) {
                    wakeUp.run();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not answer a wake-up request", e);
            }
        }, 0, LOOK_EVERY_MS, TimeUnit.MILLISECONDS);
        return new WakeUpCall(watcher);
    }

    /**
     * Asks the copy running on {@code dataDir} to come forward. Returns whether it answered within
     * {@code patience}; an unanswered request is taken back.
     */
    public static boolean ring(Path dataDir, Duration patience) throws InterruptedException {
        Path request = dataDir.toAbsolutePath().resolve(REQUEST);
        try {
            Files.writeString(request, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not leave a wake-up request", e);
            return false;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!Files.exists(request)) {
                return true;
            }
            Thread.sleep(LOOK_EVERY_MS / 5);
        }
        try {
            return !Files.deleteIfExists(request); // answered just now if it is already gone
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
