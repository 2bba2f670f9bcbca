package app.makegood.ui.shell;

import app.makegood.domain.coach.Grammar;
import app.makegood.language.LanguageToolGrammar;
import app.makegood.ui.wizard.CoachEngine;
import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The coach's thread: loads the language engine once the window is up and runs every check, so typing never
 * waits for spelling and grammar. Checks queue behind the load; until it is done they use the phrase rules only.
 * Switched off with {@code -Dmakegood.proofreading=false} (the UI tests, which run many windows in one JVM).
 */
public final class LanguageEngine implements CoachEngine, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LanguageEngine.class.getName());
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "makegood-coach");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final List<Runnable> waiting = new ArrayList<>();
    private volatile Grammar grammar = Grammar.NONE;

    public static boolean enabled() {
        return !"false".equals(System.getProperty("makegood.proofreading"));
    }

    /** Starts loading in the background; call once the first frame is shown. */
    public void load() {
        if (!enabled()) {
            return;
        }
        thread.execute(() -> {
            try {
                Grammar loaded = LanguageToolGrammar.shared();
                Platform.runLater(() -> {
                    grammar = loaded;
                    waiting.forEach(Runnable::run);
                    waiting.clear();
                });
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "Spelling and grammar could not be loaded; the coach checks wording only", e);
            }
        });
    }

    @Override
    public Grammar grammar() {
        return grammar;
    }

    @Override
    public <T> void check(Supplier<T> work, Consumer<T> onResult) {
        if (thread.isShutdown()) {
            return; // the window is closing: nobody will read the findings
        }
        thread.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onResult.accept(result));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The coach could not check the letter", e);
            }
        });
    }

    @Override
    public void whenReady(Runnable action) {
        if (grammar.isReady()) {
            action.run();
        } else {
            waiting.add(action);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
