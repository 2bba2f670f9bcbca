package app.makegood.ui.wizard;

import app.makegood.domain.coach.Grammar;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the coach does its reading. The language engine takes tens of milliseconds a letter once loaded and
 * seconds to load, so the window runs checks on a thread of their own and hands results back on the UI thread;
 * view-model tests use {@link #INLINE}, which checks at once with the phrase rules only.
 */
public interface CoachEngine {
    CoachEngine INLINE = new CoachEngine() {
        @Override
        public Grammar grammar() {
            return Grammar.NONE;
        }

        @Override
        public <T> void check(Supplier<T> work, Consumer<T> onResult) {
            onResult.accept(work.get());
        }

        @Override
        public void whenReady(Runnable action) {
        }
    };

    /** The grammar to check with now: {@link Grammar#NONE} until the engine has loaded. */
    Grammar grammar();

    /** Runs {@code work} off the UI thread and gives its result to {@code onResult} on it. */
    <T> void check(Supplier<T> work, Consumer<T> onResult);

    /** Runs {@code action} on the UI thread once the engine has loaded (never, if it cannot load). */
    void whenReady(Runnable action);
}
