package app.makegood.ui;

import app.makegood.domain.Limits;
import app.makegood.export.mail.SmtpSecurity;
import app.makegood.export.mail.SmtpSettings;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.Optional;

/**
 * The mail server letters are sent through. The password is asked here too but only kept in memory until
 * MakeGood quits: it is never written to disk.
 */
public final class MailSettingsDialog extends Dialog<MailSettingsDialog.Result> {
    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final ComboBox<SmtpSecurity> security = new ComboBox<>();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final Optional<String> envelopeFrom;

    /** The settings to store, and the password for this session only (empty when none is needed). */
    public record Result(SmtpSettings settings, char[] password) {
    }

    /** @param stored the stored settings, if any; the password field always starts empty */
    public MailSettingsDialog(Window owner, Messages messages, Optional<SmtpSettings> stored) {
        SmtpSettings current = stored.orElse(new SmtpSettings("localhost", SmtpSecurity.STARTTLS.defaultPort(),
                SmtpSecurity.STARTTLS, "", Optional.empty()));
        envelopeFrom = current.envelopeFrom();
        initOwner(owner);
        setTitle(messages.get("mail.title"));
        setHeaderText(messages.get("mail.header"));
        host.setId("smtpHost");
        host.setText(stored.isPresent() ? current.host() : "");
        host.setPromptText("smtp.example.com");
        TextInputs.limit(host, Limits.NAME);
        port.setId("smtpPort");
        port.setText(String.valueOf(current.port()));
        TextInputs.limit(port, 5);
        security.setId("smtpSecurity");
        Choices.fill(security, messages, "mail.security", SmtpSecurity.class);
        security.setValue(current.security());
        // Each kind of connection has its usual port: follow it unless the owner typed another.
        security.valueProperty().addListener((obs, old, now) -> {
            if (old != null && port.getText().strip().equals(String.valueOf(old.defaultPort()))) {
                port.setText(String.valueOf(now.defaultPort()));
            }
        });
        user.setId("smtpUser");
        user.setText(current.user());
        TextInputs.limit(user, Limits.EMAIL);
        password.setId("smtpPassword");
        password.setPromptText(messages.get("mail.password.prompt"));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("mail.host")), host);
        grid.addRow(1, new Label(messages.get("mail.port")), port);
        grid.addRow(2, new Label(messages.get("mail.security")), security);
        grid.addRow(3, new Label(messages.get("mail.user")), user);
        grid.addRow(4, new Label(messages.get("mail.password")), password);
        Label note = new Label(messages.get("mail.password.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        grid.add(note, 0, 5, 2, 1);
        Label invalid = new Label(messages.get("mail.invalid"));
        invalid.getStyleClass().add("dialog-error");
        grid.add(invalid, 0, 6, 2, 1);
        GridPane.setHgrow(host, Priority.ALWAYS);
        // The labels keep their full width; the fields take what is left.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(480);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        var valid = Bindings.createBooleanBinding(() -> read().isPresent(), host.textProperty(), port.textProperty());
        invalid.visibleProperty().bind(valid.not());
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(valid.not());
        setOnShown(e -> (host.getText().isBlank() ? host : password).requestFocus());
        setResultConverter(button -> button == ButtonType.OK
                ? read().map(s -> new Result(s, password.getText().toCharArray())).orElse(null) : null);
    }

    private Optional<SmtpSettings> read() {
        String h = host.getText().strip();
        if (h.isEmpty() || h.contains(" ") || !port.getText().strip().matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int p = Integer.parseInt(port.getText().strip());
        return p < 1 || p > 65535 ? Optional.empty()
                : Optional.of(new SmtpSettings(h, p, security.getValue(), user.getText().strip(), envelopeFrom));
    }
}
