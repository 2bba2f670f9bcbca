package app.makegood;

import app.makegood.export.IncidentJson;
import app.makegood.export.letter.LetterExport;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.service.Exporters;
import app.makegood.store.Backups;
import app.makegood.store.DataDirectory;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcLetterLog;
import app.makegood.store.JdbcOutbox;
import app.makegood.store.JdbcProfileRepository;
import app.makegood.store.JdbcSettingsRepository;
import app.makegood.store.WakeUpCall;
import app.makegood.store.WrongPassphraseException;
import app.makegood.ui.Background;
import app.makegood.ui.Dialogs;
import app.makegood.ui.ErrorMessages;
import app.makegood.ui.FileDialogs;
import app.makegood.ui.LetterKit;
import app.makegood.ui.shell.LanguageEngine;
import app.makegood.ui.shell.MainController;
import app.makegood.ui.Messages;
import app.makegood.ui.OpenRescue;
import app.makegood.ui.PassphraseDialogs;
import app.makegood.ui.WindowPlacement;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.LinkedHashMap;
import java.util.Map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The desktop application: opens the workbook in the background and shows the main window at once. */
public class App extends Application {
    private static final Logger LOG = Logger.getLogger(App.class.getName());

    private final Background background = new Background();
    private final Background letterWork = new Background();
    private final LanguageEngine coach = new LanguageEngine();
    private Database database;
    private MainController main;
    private WakeUpCall wakeUps;

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
        Scene scene = new Scene(opening);
        scene.getStylesheets().add(App.class.getResource("ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            // Decoded in the background: the window must not wait for its icons.
            stage.getIcons().add(new Image(App.class.getResource("/assets/icon/makegood-" + size + ".png")
                    .toExternalForm(), true));
        }
        WindowPlacement.apply(stage, windowMemory());
        stage.setOnCloseRequest(e -> Platform.exit());
        stage.show();
        probe.ifPresent(p -> p.windowShown(scene));

        Clock clock = Clock.systemDefaultZone();
        openAndShow(new Start(stage, scene, messages, clock, probe), dataDir, null);
    }

    /** What opening the workbook needs, kept for a second try (passphrase, restored backup, another folder). */
    private record Start(Stage stage, Scene scene, Messages messages, Clock clock, Optional<StartupProbe> probe) {
    }

    private void openAndShow(Start start, Path dataDir, char[] passphrase) {
        Stage stage = start.stage();
        Scene scene = start.scene();
        Messages messages = start.messages();
        Clock clock = start.clock();
        Optional<StartupProbe> probe = start.probe();
        background.run(() -> open(dataDir, clock, passphrase)).onSuccess(opened -> {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
            Database db = opened.database();
            database = db;
            LetterKit letters = opened.letters();
            FXMLLoader loader = new FXMLLoader(App.class.getResource("ui/MainView.fxml"), messages.bundle());
            Parent root = loadView(loader);
            main = loader.getController();
            main.init(new MainController.Services(new JdbcIncidentRepository(db), new JdbcSettingsRepository(db),
                    new JdbcProfileRepository(db), letters, new IncidentJson(Clock.systemUTC()),
                    background, messages, clock, dataDir, Version.current(),
                    this::openFile, fileDialogs(), coach), stage);
            if (firstRunSetup()) {
                main.offerFirstRunSetup();
            }
            scene.setRoot(root);
            probe.ifPresent(p -> p.mainViewShown(main));
            warmUp(letters.export());
            coach.load();
            main.enableBackups(new Backups(db, dataDir, clock));
            main.enableEncryption(db);
            wakeUps = WakeUpCall.answer(dataDir, () -> Platform.runLater(() -> bringForward(stage)));
        }).onError(e -> rescue(start, dataDir, passphrase, e)).start();
    }

    /** A second start on the same folder asked for this window: show it, in front. */
    private static void bringForward(Stage stage) {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** How long a second copy waits for the first to answer before saying the folder is in use. */
    private static final Duration WAKE_UP_PATIENCE = Duration.ofSeconds(3);

    /**
     * The database did not open: a passphrase to ask for, or a plain message with the ways out. Never a stack trace.
     * When another MakeGood has the folder open, its window is brought forward and this copy quietly quits.
     */
    private void rescue(Start start, Path dataDir, char[] passphrase, Throwable e) {
        OpenRescue.Kind kind = OpenRescue.classify(e);
        if (kind == OpenRescue.Kind.IN_USE) {
            background.run(() -> WakeUpCall.ring(dataDir, WAKE_UP_PATIENCE)).onSuccess(answered -> {
                if (answered) {
                    LOG.info("MakeGood is already open on this folder; its window was brought forward");
                    quit();
                } else {
                    offerWaysOut(start, dataDir, passphrase, e);
                }
            }).onError(ignored -> offerWaysOut(start, dataDir, passphrase, e)).start();
            return;
        }
        if (kind == OpenRescue.Kind.PASSPHRASE) {
            askPassphrase(start, dataDir, passphrase, e);
            return;
        }
        offerWaysOut(start, dataDir, passphrase, e);
    }

    /** @param tried the passphrase just refused, if any: the one a backup is restored with, if asked for */
    private void askPassphrase(Start start, Path dataDir, char[] tried, Throwable e) {
        String error = e instanceof WrongPassphraseException ? ErrorMessages.plain(e) : null;
        PassphraseDialogs.Answer answer = PassphraseDialogs.ask(start.stage(), start.messages(), dataDir.toString(),
                error);
        switch (answer.choice()) {
            case OPEN -> openAndShow(start, dataDir, answer.passphrase());
            case MORE_CHOICES -> offerWaysOut(start, dataDir, tried, e);
            case QUIT -> quit();
        }
    }

    /** Looks for the newest backup that reads in full (off the UI thread: each is unpacked and read), then asks. */
    private void offerWaysOut(Start start, Path dataDir, char[] passphrase, Throwable e) {
        boolean mayRestore = switch (OpenRescue.classify(e)) {
            case DAMAGED, TOO_NEW, PASSPHRASE -> true;
            case IN_USE, OTHER -> false;
        };
        background.run(() -> mayRestore ? Backups.newestVerified(dataDir, passphrase) : Optional.<Path>empty())
                .onSuccess(backup -> offerWaysOut(start, dataDir, passphrase, e, backup))
                .onError(failed -> offerWaysOut(start, dataDir, passphrase, e, Optional.empty()))
                .start();
    }

    private void offerWaysOut(Start start, Path dataDir, char[] passphrase, Throwable e, Optional<Path> goodBackup) {
        Messages m = start.messages();
        OpenRescue rescue = OpenRescue.of(e, goodBackup);
        LOG.log(Level.WARNING, "The database did not open: " + rescue.kind(), e);
        Alert alert = Dialogs.alert(Alert.AlertType.ERROR, rescue.message());
        alert.setHeaderText(m.get("app.openFailed.title"));
        alert.initOwner(start.stage());
        Map<ButtonType, OpenRescue.Choice> buttons = new LinkedHashMap<>();
        for (OpenRescue.Choice choice : rescue.choices()) {
            buttons.put(new ButtonType(m.get("rescue." + switch (choice) {
                case RESTORE_BACKUP -> "restore";
                case OPEN_OTHER_FOLDER -> "otherFolder";
                case QUIT -> "quit";
            }), choice == OpenRescue.Choice.QUIT ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER),
                    choice);
        }
        alert.getButtonTypes().setAll(buttons.keySet());
        OpenRescue.Choice chosen = alert.showAndWait().map(buttons::get).orElse(OpenRescue.Choice.QUIT);
        switch (chosen) {
            case RESTORE_BACKUP -> background.run(() -> Backups.restoreInPlace(dataDir, rescue.backup().orElseThrow(),
                            passphrase, start.clock()))
                    .onSuccess(aside -> {
                        Alert done = Dialogs.alert(Alert.AlertType.INFORMATION, m.get("rescue.restored", aside));
                        done.initOwner(start.stage());
                        done.showAndWait();
                        openAndShow(start, dataDir, passphrase);
                    })
                    .onError(again -> rescue(start, dataDir, passphrase, again))
                    .start();
            case OPEN_OTHER_FOLDER -> fileDialogs().folder(start.stage(), m.get("rescue.chooseFolder")).ifPresentOrElse(
                    folder -> openAndShow(start, folder, null), () -> rescue(start, dataDir, passphrase, e));
            case QUIT -> quit();
        }
    }

    /** Ends the application; tests, which share one JavaFX toolkit, only record it. */
    protected void quit() {
        Platform.exit();
    }

    private record Opened(Database database, LetterKit letters) {
    }

    /** Opens the database and reads the fonts and templates, all off the UI thread. */
    private Opened open(Path dataDir, Clock clock, char[] passphrase) {
        Database db = Database.open(dataDir, passphrase);
        try {
            LetterTemplates templates = new LetterTemplates(dataDir.resolve("templates"));
            return new Opened(db, new LetterKit(new Exporters(clock, Locale.getDefault()).letters(templates),
                    templates, new JdbcOutbox(db), new JdbcLetterLog(db), letterWork));
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

    /** Where the window's size and place are kept between runs; tests keep them in memory. */
    protected WindowPlacement.Memory windowMemory() {
        return WindowPlacement.Memory.preferences();
    }

    /** Whether an empty business profile is asked for on start; most tests start on an empty folder and skip it. */
    protected boolean firstRunSetup() {
        return true;
    }

    /** Hands a file or folder to the system's program for it; tests record it instead. */
    protected void openFile(Path path) {
        getHostServices().showDocument(path.toUri().toString());
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
        if (wakeUps != null) {
            wakeUps.close();
        }
        if (main != null) {
            main.close();
        }
        background.close();
        letterWork.close();
        coach.close();
        if (database != null) {
            try {
                database.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the database failed", e);
            }
        }
    }
}
