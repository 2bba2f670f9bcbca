package app.makegood.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * The passphrase asked for at start when the database is encrypted, and Edit ▸ Encrypt database…
 * The passphrase lives in a char array in memory only; nothing here writes or logs it.
 */
public final class PassphraseDialogs {
    /** Shorter than this is too easy to guess for a file that may be stolen with the laptop. */
    static final int MIN_LENGTH = 8;

    private PassphraseDialogs() {
    }

    /** What the owner asked for in the encrypt dialog. {@code next} null means: remove the encryption. */
    public record Change(char[] next) {
    }

    /** Why a new passphrase is not accepted (a message key), or empty when it is fine. */
    static Optional<String> problem(String passphrase, String repeated) {
        if (passphrase.length() < MIN_LENGTH) {
            return Optional.of("encrypt.tooShort");
        }
        if (!passphrase.equals(repeated)) {
            return Optional.of("encrypt.mismatch");
        }
        return Optional.empty();
    }

    /** What the owner chose when asked for the passphrase at start. */
    public enum Choice { OPEN, MORE_CHOICES, QUIT }

    /** @param passphrase what was typed, for {@link Choice#OPEN} only */
    public record Answer(Choice choice, char[] passphrase) {
    }

    /**
     * Asks for the passphrase of an encrypted database; {@code error} (may be null) says why it is asked again.
     * After a refused passphrase the owner may also ask for more choices: a damaged file reads as a wrong
     * passphrase too, and then restoring a backup is the way out.
     */
    public static Answer ask(Window owner, Messages m, String folder, String error) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("app.title"));
        dialog.setHeaderText(m.get("passphrase.header"));
        PasswordField field = new PasswordField();
        field.setId("passphraseField");
        Label problem = new Label(error == null ? "" : error);
        problem.setId("passphraseError");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setVisible(error != null);
        problem.setManaged(error != null);
        VBox content = new VBox(8, new Label(m.get("passphrase.prompt", folder)), field, problem);
        content.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(m.get("passphrase.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(m.get("rescue.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType more = new ButtonType(m.get("passphrase.moreChoices"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(open, quit);
        if (error != null) {
            dialog.getDialogPane().getButtonTypes().add(more);
        }
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        Answer quitting = new Answer(Choice.QUIT, null);
        dialog.setResultConverter(b -> b == open ? new Answer(Choice.OPEN, field.getText().toCharArray())
                : b == more ? new Answer(Choice.MORE_CHOICES, null) : quitting);
        dialog.setOnShown(e -> field.requestFocus());
        Answer result = dialog.showAndWait().orElse(quitting);
        field.clear();
        return result;
    }

    /** Sets, changes or removes the passphrase; empty when the owner cancels. */
    public static Optional<Change> encrypt(Window owner, Messages m, boolean encrypted) {
        Dialog<Change> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("app.title"));
        dialog.setHeaderText(m.get(encrypted ? "encrypt.header.change" : "encrypt.header.set"));
        PasswordField first = new PasswordField();
        first.setId("newPassphrase");
        PasswordField second = new PasswordField();
        second.setId("repeatPassphrase");
        first.setPromptText(m.get("encrypt.new"));
        second.setPromptText(m.get("encrypt.repeat"));
        Label problem = new Label();
        problem.setStyle("-fx-text-fill: #b00020;");
        Label explain = new Label(m.get("encrypt.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(8, explain, first, second, problem));
        ButtonType apply = new ButtonType(m.get(encrypted ? "encrypt.change" : "encrypt.set"), ButtonBar.ButtonData.OK_DONE);
        ButtonType remove = new ButtonType(m.get("encrypt.remove"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().add(apply);
        if (encrypted) {
            dialog.getDialogPane().getButtonTypes().add(remove);
        }
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        Runnable check = () -> {
            Optional<String> why = problem(first.getText(), second.getText());
            problem.setText(why.filter(k -> !first.getText().isEmpty()).map(k -> m.get(k, MIN_LENGTH)).orElse(""));
            dialog.getDialogPane().lookupButton(apply).setDisable(why.isPresent());
        };
        first.textProperty().addListener((o, a, b) -> check.run());
        second.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        dialog.setOnShown(e -> first.requestFocus());
        dialog.setResultConverter(b -> b == apply ? new Change(first.getText().toCharArray())
                : b == remove ? new Change(null) : null);
        Optional<Change> result = dialog.showAndWait();
        first.clear();
        second.clear();
        return result;
    }
}
