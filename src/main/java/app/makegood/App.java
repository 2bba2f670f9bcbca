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
import app.makegood.store.TeamServer;
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
import app.makegood.ui.TeamSettings;
import app.makegood.ui.Workbooks;
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

        Scene scene = new Scene(openingView(messages));
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

    /** What the window shows while a workbook opens. */
    private static Parent openingView(Messages messages) {
        VBox opening = new VBox(12, new ProgressIndicator(), new Label(messages.get("app.opening")));
        opening.getStyleClass().add("opening");
        return opening;
    }

    /** What opening the workbook needs, kept for a second try (passphrase, restored backup, another folder). */
    private record Start(Stage stage, Scene scene, Messages messages, Clock clock, Optional<StartupProbe> probe) {
    }

    private void openAndShow(Start start, Path dataDir, char[] passphrase) {
        background.run(() -> open(dataDir, start.clock(), passphrase)).onSuccess(opened -> {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
            show(start, dataDir, opened, Optional.empty());
            if (wakeUps == null) {
                wakeUps = WakeUpCall.answer(dataDir, () -> Platform.runLater(() -> bringForward(start.stage())));
            }
        }).onError(e -> rescue(start, dataDir, passphrase, e)).start();
    }

    /** Whether the window has shown a workbook yet: what is done once a run is done on the first. */
    private boolean shownOnce;

    /** Puts the main view of the workbook just opened in the window: the owner's own ({@code team} empty) or a team's. */
    private void show(Start start, Path dataDir, Opened opened, Optional<TeamServer> team) {
        Stage stage = start.stage();
        Messages messages = start.messages();
        Clock clock = start.clock();
        Database db = opened.database();
        database = db;
        this.team = team;
        LetterKit letters = opened.letters();
        FXMLLoader loader = new FXMLLoader(App.class.getResource("ui/MainView.fxml"), messages.bundle());
        Parent root = loadView(loader);
        main = loader.getController();
        main.init(new MainController.Services(new JdbcIncidentRepository(db), new JdbcSettingsRepository(db),
                new JdbcProfileRepository(db), letters, new IncidentJson(Clock.systemUTC()),
                background, messages, clock, dataDir, Version.current(),
                this::openFile, fileDialogs(), coach), stage);
        main.enableTeamDatabase(new TeamSwitch(start, dataDir));
        if (firstRunSetup() && !shownOnce) {
            main.offerFirstRunSetup();
        }
        start.scene().setRoot(root);
        if (!shownOnce) {
            shownOnce = true;
            start.probe().ifPresent(p -> p.mainViewShown(main));
            warmUp(letters.export());
            coach.load();
        }
        if (team.isEmpty()) { // a server database has no file to back up or encrypt: the server looks after it
            main.enableBackups(new Backups(db, dataDir, clock));
            main.enableEncryption(db);
        }
    }

    /** The team database the window is on (issue 19); empty on the owner's own workbook. */
    private Optional<TeamServer> team = Optional.empty();
    /** The team database's password, for this run only: never written anywhere. */
    private char[] teamPassword;
    /** Connecting and copying to a team database, apart from the window's worker. */
    private final Background teamWork = new Background();

    /** File ▸ Team database…: the window moves between the owner's own workbook and a team one. */
    private final class TeamSwitch implements Workbooks {
        private final Start start;
        private final Path dataDir;

        TeamSwitch(Start start, Path dataDir) {
            this.start = start;
            this.dataDir = dataDir;
        }

        @Override
        public Optional<TeamServer> team() {
            return team;
        }

        @Override
        public Optional<Database> own() {
            return team.isEmpty() ? Optional.ofNullable(database) : Optional.empty();
        }

        @Override
        public Optional<char[]> password(TeamServer server) {
            return team.filter(server::equals).map(t -> teamPassword).map(char[]::clone);
        }

        @Override
        public TeamSettings settings() {
            return teamSettings();
        }

        @Override
        public Background work() {
            return teamWork;
        }

        @Override
        public void useTeam(TeamServer server, char[] password, Database opened) {
            leave();
            teamPassword = password;
            background.run(() -> withLetters(opened, dataDir, start.clock()))
                    .onSuccess(letters -> show(start, dataDir, letters, Optional.of(server)))
                    .onError(e -> {
                        Dialogs.alert(Alert.AlertType.ERROR, ErrorMessages.plain(e)).showAndWait();
                        useOwn();
                    })
                    .start();
        }

        @Override
        public void useOwn() {
            leave();
            teamPassword = null;
            openAndShow(start, dataDir, null);
        }

        /** Saves what is pending and closes the workbook open now; the window shows "Opening" meanwhile. */
        private void leave() {
            main.close();
            main = null;
            Database leaving = database;
            database = null;
            start.scene().setRoot(openingView(start.messages()));
            background.run(() -> { // after the last autosave, which the worker runs first
                leaving.close();
                return null;
            }).onError(e -> LOG.log(Level.WARNING, "Closing the workbook left failed", e)).start();
        }
    }

    /** Where the team database last used is remembered; tests keep it in memory. */
    protected TeamSettings teamSettings() {
        return TeamSettings.preferences();
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
        return withLetters(Database.open(dataDir, passphrase), dataDir, clock);
    }

    /** The letters' fonts, templates, outbox and log for the workbook {@code db}; closes it if they cannot be read. */
    private Opened withLetters(Database db, Path dataDir, Clock clock) {
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
        teamWork.close();
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
