package app.makegood.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work for after the scene's next frame: the list's first rows are drawn before the rest is read. */
public final class NextFrame {
    private NextFrame() {
    }

    /**
     * Runs {@code then} on the FX thread once the scene's next frame is drawn: the next pulse's CSS and layout are
     * done and, since {@code then} is queued behind that pulse, the frame has been handed to the renderer.
     * A timer would fire at the start of the pulse, before any of that. A pulse is asked for, in case nothing changed.
     */
    public static void then(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
