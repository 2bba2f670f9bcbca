package app.makegood.ui;

import app.makegood.App;
import javafx.geometry.Rectangle2D;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real application with scripted file dialogs: a test queues the paths the owner would pick.
 * TestFX creates the application by class, hence the one shared queue.
 */
public class ScriptedApp extends App {
    static final Deque<Path> PICKS = new ArrayDeque<>();
    /** What the application handed to the system to open, oldest first. */
    static final java.util.List<Path> OPENED = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How many times the application asked to quit (the toolkit stays up for the next test). */
    static final AtomicInteger QUITS = new AtomicInteger();
    /** The file name the last save dialog proposed. */
    static volatile String lastProposedName;

    /** Whether this start asks for the business profile when it is empty (off unless a test is about it). */
    static volatile boolean firstRunSetup;

    @Override
    protected boolean firstRunSetup() {
        return firstRunSetup;
    }

    @Override
    protected void openFile(Path path) {
        OPENED.add(path);
    }

    @Override
    protected void quit() {
        QUITS.incrementAndGet();
    }

    /** Tests must neither read nor change the window place kept for the person running them. */
    @Override
    protected WindowPlacement.Memory windowMemory() {
        return new WindowPlacement.Memory() {
            @Override
            public Optional<Rectangle2D> recall(String screen) {
                return Optional.empty();
            }

            @Override
            public void remember(String screen, Rectangle2D place) {
            }
        };
    }

    /** Nor the team database they used. */
    private final TeamSettings teamSettings = TeamSettings.inMemory();

    @Override
    protected TeamSettings teamSettings() {
        return teamSettings;
    }

    @Override
    protected FileDialogs fileDialogs() {
        return new FileDialogs() {
            @Override
            public Optional<Path> save(Window owner, String initialName, FileChooser.ExtensionFilter filter) {
                lastProposedName = initialName;
                return Optional.ofNullable(PICKS.poll());
            }

            @Override
            public Optional<Path> open(Window owner, FileChooser.ExtensionFilter filter) {
                return Optional.ofNullable(PICKS.poll());
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.ofNullable(PICKS.poll());
            }
        };
    }
}
