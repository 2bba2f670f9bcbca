package app.makegood.bench;

import app.makegood.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for start-up: the smallest JavaFX window (a Stage with a Label, MakeGood's window size), timed the
 * same way as MakeGood's {@code --first-frame} and run from the same jar's JavaFX. Not an Application itself,
 * for the same reason as MakeGood's Launcher: JavaFX is on the classpath.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Hello"), 1280, 800);
            stage.setScene(scene);
            stage.show();
            StartupProbe.afterNextFrame(scene, () -> {
                StartupProbe.print("first-frame-ms");
                System.exit(0);
            });
        }
    }
}
