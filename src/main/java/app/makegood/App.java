package app.makegood;

import app.makegood.export.IncidentJson;
import app.makegood.export.LetterExport;
import app.makegood.export.letter.BundledFonts;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.export.letter.PdfMaker;
import app.makegood.export.letter.PostmortemPdf;
import app.makegood.store.Backups;
import app.makegood.store.DataDirectory;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcLetterLog;
import app.makegood.store.JdbcOutbox;
import app.makegood.store.JdbcProfileRepository;
import app.makegood.store.JdbcSettingsRepository;
import app.makegood.ui.Background;
import app.makegood.ui.ErrorMessages;
import app.makegood.ui.FileDialogs;
import app.makegood.ui.LetterKit;
import app.makegood.ui.MainController;
import app.makegood.ui.Messages;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The desktop application: opens the workbook in the background and shows the main window at once. */
public class App extends Application {
    private static final Logger LOG = Logger.getLogger(App.class.getName());

    private final Background background = new Background();
    private final Background letterWork = new Background();
    private Database database;
    private MainController main;

    @Override
    public void start(Stage stage) {
        Path dataDir = DataDirectory.resolve(getParameters().getRaw().toArray(String[]::new), System.getenv());
        Optional<StartupProbe> probe = StartupProbe.from(getParameters().getRaw());
        AppLogging.start(dataDir);
        Messages messages = new Messages(Locale.getDefault());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        ProgressIndicator spinner = new ProgressIndicator();
        VBox opening = new VBox(12, spinner, new Label(messages.get("app.opening")));
        opening.getStyleClass().add("opening");
        Scene scene = new Scene(opening, 1280, 800);
        scene.getStylesheets().add(App.class.getResource("ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(App.class.getResource("/assets/icon/makegood-" + size + ".png").toExternalForm()));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> Platform.exit());
        stage.show();
        probe.ifPresent(p -> p.windowShown(scene));

        Clock clock = Clock.systemDefaultZone();
        background.run(() -> open(dataDir, clock)).onSuccess(opened -> {
            Database db = opened.database();
            database = db;
            LetterKit letters = opened.letters();
            FXMLLoader loader = new FXMLLoader(App.class.getResource("ui/MainView.fxml"), messages.bundle());
            Parent root = loadView(loader);
            main = loader.getController();
            main.init(new MainController.Services(new JdbcIncidentRepository(db), new JdbcSettingsRepository(db),
                    new JdbcProfileRepository(db), letters, new IncidentJson(Clock.systemUTC()),
                    background, messages, clock, dataDir, Version.current(),
                    path -> getHostServices().showDocument(path.toUri().toString()), fileDialogs()), stage);
            scene.setRoot(root);
            probe.ifPresent(p -> p.mainViewShown(scene, background));
            warmUp(letters.export());
            // Today's automatic backup, queued behind the list so the first screen never waits for it.
            Backups backups = new Backups(db, dataDir, clock);
            main.enableBackups(backups);
            background.run(backups::daily).start();
        }).onError(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.plain(e));
            alert.setHeaderText(messages.get("app.openFailed.title"));
            alert.initOwner(stage);
            alert.showAndWait();
            Platform.exit();
        }).start();
    }

    private record Opened(Database database, LetterKit letters) {
    }

    /** Opens the database and reads the fonts and templates, all off the UI thread. */
    private Opened open(Path dataDir, Clock clock) {
        Database db = Database.open(dataDir);
        try {
            BundledFonts fonts = BundledFonts.load();
            LetterTemplates templates = new LetterTemplates(dataDir.resolve("templates"));
            return new Opened(db, new LetterKit(new LetterExport(templates, fonts, clock, Locale.getDefault()),
                    templates, new PostmortemPdf(new PdfMaker(fonts), clock.getZone(), Locale.getDefault()),
                    new JdbcOutbox(db), new JdbcLetterLog(db), letterWork));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The first PDF takes a second (fonts, layout engine); pay it now, after the window is up, not on a click. */
    private static void warmUp(LetterExport letters) {
        Thread warm = new Thread(() -> {
            try {
                letters.warmUp();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Warming up the PDF engine failed", e);
            }
        }, "makegood-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /** The system's file dialogs; tests replace them, as the real ones cannot be driven headless. */
    protected FileDialogs fileDialogs() {
        return FileDialogs.system();
    }

    private static Parent loadView(FXMLLoader loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (main != null) {
            main.close();
        }
        background.close();
        letterWork.close();
        if (database != null) {
            try {
                database.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the database failed", e);
            }
        }
    }
}
