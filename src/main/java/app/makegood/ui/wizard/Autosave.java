package app.makegood.ui.wizard;

import app.makegood.domain.Incident;
import app.makegood.store.IncidentRepository;
import app.makegood.ui.Background;
import app.makegood.ui.ErrorMessages;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.util.Duration;

/**
 * Saves the wizard's incident shortly after the user stops typing, so closing the window or a
 * crash loses at most the last moment of work. There is no Save button to forget.
 */
public final class Autosave {
    static final Duration DELAY = Duration.millis(600);
    /** After a failed save (a full disk, a locked file), try again on our own, not only on the next edit. */
    static final Duration RETRY = Duration.seconds(5);

    private final WizardViewModel vm;
    private final IncidentRepository repository;
    private final Background background;
    private final PauseTransition pause = new PauseTransition(DELAY);
    private final PauseTransition retry = new PauseTransition(RETRY);
    private final InvalidationListener edited = x -> pause.playFromStart();

    public Autosave(WizardViewModel vm, IncidentRepository repository, Background background) {
        this.vm = vm;
        this.repository = repository;
        this.background = background;
        pause.setOnFinished(e -> saveNow());
        retry.setOnFinished(e -> saveNow());
        vm.revisionProperty().addListener(edited);
    }

    /** Saves at once if anything changed since the last save (when leaving the wizard or quitting). */
    public void saveNow() {
        pause.stop();
        if (vm.saveStateProperty().get() == SaveState.SAVED) {
            return;
        }
        long revision = vm.revisionProperty().get();
        Incident snapshot = vm.snapshot();
        vm.markSaving();
        background.run(() -> {
            repository.save(snapshot);
            return revision;
        }).onSuccess(vm::markSaved).onError(e -> {
            vm.markFailed(ErrorMessages.plain(e));
            retry.playFromStart();
        }).start();
    }

    /** Stops following the view model (its wizard was closed after a last {@link #saveNow()}). */
    public void dispose() {
        vm.revisionProperty().removeListener(edited);
        pause.stop();
        retry.stop();
    }
}
