package app.makegood.ui.wizard;

import app.makegood.domain.Incident;
import app.makegood.store.IncidentChangedException;
import app.makegood.store.IncidentRepository;
import app.makegood.ui.Background;
import app.makegood.ui.ErrorMessages;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.util.Duration;

import java.util.concurrent.atomic.AtomicLong;

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
    /** The stored version the wizard's incident was read at; read and set on the worker thread only, in order. */
    private final AtomicLong version;

    /** @param version the version the incident was read at ({@link IncidentRepository.Stored}) */
    public Autosave(WizardViewModel vm, IncidentRepository repository, Background background, long version) {
        this.vm = vm;
        this.version = new AtomicLong(version);
        this.repository = repository;
        this.background = background;
        pause.setOnFinished(e -> saveNow());
        retry.setOnFinished(e -> saveNow());
        vm.revisionProperty().addListener(edited);
    }

    /** Saves at once if anything changed since the last save (when leaving the wizard or quitting). */
    public void saveNow() {
        pause.stop();
        SaveState state = vm.saveStateProperty().get();
        if (state == SaveState.SAVED || state == SaveState.CHANGED_ELSEWHERE) {
            return;
        }
        long revision = vm.revisionProperty().get();
        Incident snapshot = vm.snapshot();
        vm.markSaving();
        background.run(() -> {
            version.set(repository.saveIfUnchanged(snapshot, version.get()));
            return revision;
        }).onSuccess(vm::markSaved).onError(e -> {
            if (e instanceof IncidentChangedException) { // retrying would fail the same way: wait for a reload
                vm.markChangedElsewhere(ErrorMessages.plain(e));
                return;
            }
            vm.markFailed(ErrorMessages.plain(e));
            retry.playFromStart();
        }).start();
    }

    /** Reads the incident as someone else saved it and shows it; what was typed here is set aside to copy. */
    public void reload() {
        String id = vm.id();
        background.run(() -> {
            var stored = repository.findStored(id);
            version.set(stored.map(IncidentRepository.Stored::version).orElse(0L));
            return stored.map(IncidentRepository.Stored::incident);
        }).onSuccess(theirs -> theirs.ifPresentOrElse(vm::reloadTheirs, () -> {
            vm.keepMine();
            saveNow();
        })).onError(e -> vm.markChangedElsewhere(ErrorMessages.plain(e))).start();
    }

    /** Stops following the view model (its wizard was closed after a last {@link #saveNow()}). */
    public void dispose() {
        vm.revisionProperty().removeListener(edited);
        pause.stop();
        retry.stop();
    }
}
