package app.makegood.ui.wizard;

import javafx.concurrent.Task;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Renders letter previews on their own thread, so typing never waits for a PDF and saves never wait for a
 * preview. Requests come faster than pages render: only the newest one is worked on and shown.
 */
final class LetterPreview {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "makegood-preview");
        t.setDaemon(true);
        return t;
    });
    // Written on the UI thread only; read by the preview thread to skip stale work.
    private volatile long latest;

    <T> void request(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (worker.isShutdown()) {
            return; // the page has gone: nothing to show it on
        }
        long ticket = ++latest;
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return isCancelled() ? null : work.call();
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket == latest) {
                onDone.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (ticket == latest) {
                onError.accept(task.getException());
            }
        });
        worker.execute(() -> {
            // A newer request is queued behind this one: skip straight to it.
            if (ticket != latest) {
                task.cancel();
            }
            task.run();
        });
    }

    void dispose() {
        latest++;
        worker.shutdownNow();
    }

    /** A rendered page as a JavaFX image; built on the preview thread, shown on the UI thread. */
    static WritableImage toFx(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
