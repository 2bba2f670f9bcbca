package app.makegood;

import app.makegood.ui.shell.MainController;
import app.makegood.ui.NextFrame;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code --first-frame} and {@code --ready}: print how many milliseconds after the JVM started the window showed
 * its first frame ({@code first-frame-ms=N}), and with {@code --ready} also the incident list ({@code ready-ms=N}),
 * then quit. The benchmark (bench/run.sh) starts the app with these.
 */
public final class StartupProbe {
    static final String FIRST_FRAME = "--first-frame";
    static final String READY = "--ready";

    private final boolean untilReady;

    private StartupProbe(boolean untilReady) {
        this.untilReady = untilReady;
    }

    static Optional<StartupProbe> from(List<String> args) {
        if (args.contains(READY)) {
            return Optional.of(new StartupProbe(true));
        }
        return args.contains(FIRST_FRAME) ? Optional.of(new StartupProbe(false)) : Optional.empty();
    }

    /** The arguments without the probe options, for whoever decides between the window and a command. */
    static String[] withoutOptions(String[] args) {
        return Arrays.stream(args).filter(a -> !a.equals(FIRST_FRAME) && !a.equals(READY)).toArray(String[]::new);
    }

    /** Call right after {@code stage.show()}. */
    void windowShown(Scene scene) {
        afterNextFrame(scene, () -> {
            print("first-frame-ms");
            if (!untilReady) {
                // At once: the figures (time and peak memory) are the first frame's, not the database opening's.
                System.exit(0);
            }
        });
    }

    /**
     * Call once the main view is in the scene, before the first rows can have arrived: "ready" is when the frame with
     * the list's first screenful was drawn (MainController waits for it); the full list, search texts and Due follow.
     */
    void mainViewShown(MainController main) {
        main.whenListShown(() -> {
            print("ready-ms");
            Platform.exit();
        });
    }

    /** Runs {@code then} once the scene's next frame is drawn (see {@link NextFrame#then}). */
    public static void afterNextFrame(Scene scene, Runnable then) {
        NextFrame.then(scene, then);
    }

    /** Prints {@code label=N}: milliseconds from the JVM's start to now. */
    public static void print(String label) {
        long now = System.currentTimeMillis();
        System.out.println(label + "=" + (now - ManagementFactory.getRuntimeMXBean().getStartTime()));
    }
}
