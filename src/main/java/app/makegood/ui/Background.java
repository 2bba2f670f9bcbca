package app.makegood.ui;

import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs database and file work off the UI thread and hands results back on it.
 * One worker thread: writes reach the database in the order they were asked for.
 */
public final class Background implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Background.class.getName());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "makegood-worker");
        t.setDaemon(true);
        return t;
    });

    public <T> Job<T> run(Callable<T> work) {
        return new Job<>(work);
    }

    /** Waits for queued work (the last autosave) to finish, then stops the worker. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A piece of work with its success and error handlers, both called on the FX thread. */
    public final class Job<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = result -> { };
        private Consumer<Throwable> onError = error -> { };

        private Job(Callable<T> work) {
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Job<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
            task.setOnFailed(e -> {
                LOG.log(Level.WARNING, "Background work failed", task.getException());
                onError.accept(task.getException());
            });
            worker.execute(task);
            return task;
        }
    }
}
