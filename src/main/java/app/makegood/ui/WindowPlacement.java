package app.makegood.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where the main window opens: the size and place it last had on a screen of this size, or a comfortable default,
 * always inside the screen's usable area (a 1024×600 netbook or a 1366×768 laptop must show the menu bar and the
 * Back/Next bar).
 */
public final class WindowPlacement {
    private static final Logger LOG = Logger.getLogger(WindowPlacement.class.getName());
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 540;

    /** Where a window's last place is kept between runs. */
    public interface Memory {
        Optional<Rectangle2D> recall(String screen);

        void remember(String screen, Rectangle2D place);

        /** Kept in the user's Java preferences (per user, per machine, like other desktop apps' window state). */
        static Memory preferences() {
            Preferences node = Preferences.userRoot().node("app/makegood/window");
            return new Memory() {
                @Override
                public Optional<Rectangle2D> recall(String screen) {
                    double[] v = new double[4];
                    String[] keys = {"x", "y", "width", "height"};
                    for (int i = 0; i < 4; i++) {
                        v[i] = node.getDouble(screen + "." + keys[i], Double.NaN);
                        if (Double.isNaN(v[i])) {
                            return Optional.empty();
                        }
                    }
                    return Optional.of(new Rectangle2D(v[0], v[1], v[2], v[3]));
                }

                @Override
                public void remember(String screen, Rectangle2D place) {
                    node.putDouble(screen + ".x", place.getMinX());
                    node.putDouble(screen + ".y", place.getMinY());
                    node.putDouble(screen + ".width", place.getWidth());
                    node.putDouble(screen + ".height", place.getHeight());
                    try {
                        node.flush();
                    } catch (BackingStoreException e) {
                        LOG.log(Level.INFO, "The window's place was not kept", e);
                    }
                }
            };
        }
    }

    private WindowPlacement() {
    }

    /**
     * The window's place on a screen whose usable area is {@code screen}: the remembered place when it still fits,
     * shrunk and moved inside otherwise; with nothing remembered, the default size (or the whole area, if smaller)
     * centred.
     */
    static Rectangle2D fit(Optional<Rectangle2D> remembered, Rectangle2D screen) {
        Rectangle2D wanted = remembered.orElse(new Rectangle2D(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT));
        double width = Math.min(Math.max(wanted.getWidth(), Math.min(MIN_WIDTH, screen.getWidth())), screen.getWidth());
        double height = Math.min(Math.max(wanted.getHeight(), Math.min(MIN_HEIGHT, screen.getHeight())),
                screen.getHeight());
        double x = Double.isNaN(wanted.getMinX()) ? screen.getMinX() + (screen.getWidth() - width) / 2
                : clamp(wanted.getMinX(), screen.getMinX(), screen.getMaxX() - width);
        double y = Double.isNaN(wanted.getMinY()) ? screen.getMinY() + (screen.getHeight() - height) / 2
                : clamp(wanted.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(value, high));
    }

    /** A screen is known by its size: the same laptop panel, docked or not, gets the same window back. */
    static String key(Rectangle2D screenBounds) {
        return (int) screenBounds.getWidth() + "x" + (int) screenBounds.getHeight();
    }

    /** Sizes and places {@code stage} on the primary screen, and keeps its place when it closes. */
    public static Rectangle2D apply(Stage stage, Memory memory) {
        Screen screen = Screen.getPrimary();
        String key = key(screen.getBounds());
        Rectangle2D usable = screen.getVisualBounds();
        Rectangle2D place = fit(memory.recall(key), usable);
        stage.setMinWidth(Math.min(MIN_WIDTH, usable.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, usable.getHeight()));
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                memory.remember(key, new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
        });
        return place;
    }
}
