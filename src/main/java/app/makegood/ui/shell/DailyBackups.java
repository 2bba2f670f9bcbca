package app.makegood.ui.shell;

import app.makegood.ui.Background;
import app.makegood.ui.ErrorMessages;
import app.makegood.store.Backups;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Today's automatic backup at start and, for a window left open past midnight, a look every hour after (taking one
 * when the day has none yet). Each outcome is reported: the problem in plain words, or empty when all is well.
 */
final class DailyBackups implements AutoCloseable {
    private final Backups backups;
    private final Background worker;
    private final Consumer<Optional<String>> outcome;
    private final Timeline hourly = new Timeline(new KeyFrame(Duration.hours(1), e -> takeNow()));

    /** @param worker not the autosave's: a backup of a large database takes seconds and must not hold up saving */
    DailyBackups(Backups backups, Background worker, Consumer<Optional<String>> outcome) {
        this.backups = backups;
        this.worker = worker;
        this.outcome = outcome;
        hourly.setCycleCount(Animation.INDEFINITE);
    }

    void start() {
        takeNow();
        hourly.play();
    }

    void takeNow() {
        worker.run(backups::daily)
                .onSuccess(written -> outcome.accept(Optional.empty()))
                .onError(e -> outcome.accept(Optional.of(ErrorMessages.plain(e)))) // the worker logs it
                .start();
    }

    @Override
    public void close() {
        hourly.stop();
    }
}
