package app.makegood.ui;

import app.makegood.domain.Limits;
import app.makegood.service.WorkbookCopy;
import app.makegood.store.Database;
import app.makegood.store.TeamServer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * File ▸ Team database… (issue 19): where the shared team workbook is, a test of the connection, and the way onto it
 * and back to the owner's own workbook. Connecting runs in the background; what went wrong is said in the dialog.
 */
public final class TeamDatabaseDialog extends Dialog<ButtonType> {
    private static final String PROBLEM_STYLE = "-fx-text-fill: #b42318;";

    private final Messages messages;
    private final Workbooks workbooks;
    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final TextField database = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final ComboBox<TeamServer.Tls> tls = new ComboBox<>();
    private final Label status = new Label();
    /** While connecting, nothing else may start; the fields stay as typed. */
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ButtonType use;
    private final ProgressBar copyProgress = new ProgressBar(0);
    private final Label copyReport = new Label();

    public TeamDatabaseDialog(Window owner, Messages messages, Workbooks workbooks) {
        this.messages = messages;
        this.workbooks = workbooks;
        initOwner(owner);
        setTitle(messages.get("team.title"));
        setHeaderText(messages.get("team.header"));
        use = new ButtonType(messages.get("team.use"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(use,
                new ButtonType(messages.get("team.close"), ButtonBar.ButtonData.CANCEL_CLOSE));

        fill(workbooks.team().or(() -> workbooks.settings().recall()));
        VBox content = new VBox(12, form(), testRow(), current(), new Separator(), copyRow());
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(660);

        Button useButton = (Button) getDialogPane().lookupButton(use);
        useButton.setId("teamUseButton");
        useButton.disableProperty().bind(busy);
        useButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open until the workbook there is open, or says why not
            open();
        });
        setOnShown(e -> (host.getText().isBlank() ? host : password.getText().isEmpty() ? password : host)
                .requestFocus());
    }

    private GridPane form() {
        field(host, "teamHost", Limits.NAME);
        host.setPromptText(messages.get("team.host.prompt"));
        field(port, "teamPort", 5);
        field(database, "teamDatabase", Limits.NAME);
        field(user, "teamUser", Limits.NAME);
        password.setId("teamPassword");
        tls.setId("teamTls");
        Choices.fill(tls, messages, "team.tls", TeamServer.Tls.class);
        tls.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        for (var entry : new Object[][] {{"team.host", host}, {"team.port", port}, {"team.database", database},
                {"team.user", user}, {"team.password", password}, {"team.tls", tls}}) {
            Label label = new Label(messages.get((String) entry[0]));
            label.setMnemonicParsing(true);
            label.setLabelFor((Node) entry[1]);
            grid.addRow(row++, label, (Node) entry[1]);
        }
        Label note = new Label(messages.get("team.password.note"));
        note.setId("teamPasswordNote");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        note.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(note, 1, row);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.disableProperty().bind(busy);
        return grid;
    }

    private static void field(TextField field, String id, int limit) {
        field.setId(id);
        TextInputs.limit(field, limit);
    }

    /** Room for three lines of message from the start, so a long one never squeezes the fields above it. */
    private static final double MESSAGE_LINES_EM = 3 * 1.4;

    private VBox testRow() {
        Button test = new Button(messages.get("team.test"));
        test.setId("teamTestButton");
        test.disableProperty().bind(busy);
        test.setOnAction(e -> test());
        test.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("teamStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.text.Font.getDefault().getSize() * MESSAGE_LINES_EM);
        status.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return new VBox(6, test, status);
    }

    /** Which workbook is open now, and the way back to the owner's own. */
    private HBox current() {
        Label now = new Label(workbooks.team().map(t -> messages.get("team.now.team", t.shortName()))
                .orElse(messages.get("team.now.own")));
        now.setId("teamNow");
        now.setWrapText(true);
        HBox.setHgrow(now, Priority.ALWAYS);
        HBox row = new HBox(10, now);
        if (workbooks.team().isPresent()) {
            Button back = new Button(messages.get("team.back"));
            back.setId("teamBackButton");
            back.disableProperty().bind(busy);
            back.setOnAction(e -> {
                close();
                workbooks.useOwn();
            });
            row.getChildren().add(back);
        }
        return row;
    }

    /** Copy my workbook to the team database: only from the owner's own workbook, while it is the one open. */
    private VBox copyRow() {
        Button copy = new Button(messages.get("team.copy"));
        copy.setId("teamCopyButton");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copyProgress.setId("teamCopyProgress");
        copyProgress.setVisible(false);
        copyProgress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(copyProgress, Priority.ALWAYS);
        copyReport.setId("teamCopyReport");
        copyReport.setWrapText(true);
        copyReport.setMinHeight(Region.USE_PREF_SIZE);
        Optional<Database> own = workbooks.own();
        copy.disableProperty().bind(busy.or(new SimpleBooleanProperty(own.isEmpty())));
        copyReport.setText(messages.get(own.isPresent() ? "team.copy.hint" : "team.copy.onlyOwn"));
        copyReport.getStyleClass().add("hint");
        own.ifPresent(database -> copy.setOnAction(e -> copy(database, false)));
        return new VBox(8, new HBox(10, copy, copyProgress), copyReport);
    }

    private void copy(Database own, boolean intoNonEmpty) {
        server().ifPresent(s -> {
            say(messages.get("team.copying", s.shortName()));
            busy.set(true);
            copyProgress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
            copyProgress.setVisible(true);
            char[] typed = password.getText().toCharArray();
            workbooks.work().run(() -> {
                try (Database team = Database.connect(s.url(), typed)) {
                    return new WorkbookCopy(WorkbookCopy.Workbook.of(own), WorkbookCopy.Workbook.of(team))
                            .copy(intoNonEmpty, (done, total) -> Platform.runLater(() ->
                                    copyProgress.setProgress(total == 0 ? 1 : (double) done / total)));
                }
            }).onSuccess(report -> {
                busy.set(false);
                copyProgress.setVisible(false);
                workbooks.settings().remember(s);
                say(messages.get("team.copied"));
                copyReport.getStyleClass().remove("hint");
                show(copyReport, report.text());
            }).onError(e -> {
                copyProgress.setVisible(false);
                if (e instanceof WorkbookCopy.NotEmptyException && isShowing()) {
                    busy.set(false);
                    say("");
                    if (new Dialogs(getDialogPane().getScene().getWindow(), messages)
                            .confirm(e.getMessage(), messages.get("team.copy.anyway"))) {
                        copy(own, true);
                    }
                    return;
                }
                failed(e);
            }).start();
        });
    }

    private void fill(Optional<TeamServer> known) {
        TeamServer s = known.orElse(new TeamServer("", TeamServer.DEFAULT_PORT, "makegood", "", TeamServer.Tls.REQUIRE));
        host.setText(s.host());
        port.setText(String.valueOf(s.port()));
        database.setText(s.database());
        user.setText(s.user());
        tls.setValue(s.tls());
        known.flatMap(workbooks::password).ifPresent(p -> password.setText(new String(p)));
    }

    /** The server as typed, or empty after saying what is missing. */
    Optional<TeamServer> server() {
        String p = port.getText().strip();
        TeamServer s = new TeamServer(host.getText(), p.matches("\\d{1,5}") ? Integer.parseInt(p) : 0,
                database.getText(), user.getText(), tls.getValue());
        s.problem().ifPresent(this::problem);
        return s.problem().isEmpty() ? Optional.of(s) : Optional.empty();
    }

    private void test() {
        server().ifPresent(s -> {
            say(messages.get("team.testing", s.shortName()));
            busy.set(true);
            char[] typed = password.getText().toCharArray();
            workbooks.work().run(() -> Database.check(s.url(), typed))
                    .onSuccess(found -> {
                        busy.set(false);
                        say(messages.get("team.tested", found.incidents(), found.version()));
                    })
                    .onError(this::failed)
                    .start();
        });
    }

    /** Connects (making MakeGood's tables there if need be), then the window reopens on it. */
    private void open() {
        server().ifPresent(s -> {
            say(messages.get("team.opening", s.shortName()));
            busy.set(true);
            char[] typed = password.getText().toCharArray();
            workbooks.work().run(() -> Database.connect(s.url(), typed))
                    .onSuccess(opened -> {
                        busy.set(false);
                        if (!isShowing()) { // closed meanwhile: the owner changed their mind
                            workbooks.work().run(() -> {
                                opened.close();
                                return null;
                            }).start();
                            return;
                        }
                        workbooks.settings().remember(s);
                        setResult(use);
                        close();
                        workbooks.useTeam(s, typed, opened);
                    })
                    .onError(this::failed)
                    .start();
        });
    }

    private void failed(Throwable e) {
        busy.set(false);
        problem(ErrorMessages.plain(e));
    }

    private void say(String text) {
        status.setStyle("");
        show(status, text);
    }

    private void problem(String text) {
        status.setStyle(PROBLEM_STYLE);
        show(status, text);
    }

    private static void show(Label label, String text) {
        label.setText(text);
    }
}
