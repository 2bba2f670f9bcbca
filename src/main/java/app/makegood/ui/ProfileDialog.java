package app.makegood.ui;

import app.makegood.domain.Limits;
import app.makegood.domain.Validation;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.Logo;
import app.makegood.domain.letters.PaperSize;
import app.makegood.export.ImportException;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The business profile: letterhead, signature and paper. The logo is read from a file the owner picks (or types
 * the path of) and kept as bytes; a file that is not a usable image gets a message and changes nothing else.
 */
public final class ProfileDialog extends Dialog<BusinessProfile> {
    private final BooleanProperty readingLogo = new SimpleBooleanProperty();
    private final Messages messages;
    private final Background background;
    private final TextField name = field("profileName", Limits.NAME);
    private final TextArea address = new TextArea();
    private final TextField phone = field("profilePhone", Limits.NAME);
    private final TextField email = field("profileEmail", Limits.EMAIL);
    private final TextField website = field("profileWebsite", Limits.NAME);
    private final TextField logoPath = field("profileLogoPath", Limits.SHORT_TEXT);
    private final ImageView logoView = new ImageView();
    private final Label logoStatus = new Label();
    private final TextField signerName = field("profileSignerName", Limits.NAME);
    private final TextField signerRole = field("profileSignerRole", Limits.NAME);
    private final TextField signOff = field("profileSignOff", Limits.NAME);
    private final ComboBox<PaperSize> paper = new ComboBox<>();
    private Optional<Logo> logo;

    public ProfileDialog(Window owner, Messages messages, Background background, FileDialogs files,
                         BusinessProfile current) {
        this.messages = messages;
        this.background = background;
        initOwner(owner);
        setTitle(messages.get("profile.title"));
        setHeaderText(messages.get("profile.header"));
        setResizable(true);

        name.setText(current.name());
        address.setText(current.address());
        address.setId("profileAddress");
        address.setPrefRowCount(3);
        address.setWrapText(true);
        TextInputs.limit(address, Limits.SHORT_TEXT);
        phone.setText(current.phone());
        email.setText(current.email());
        website.setText(current.website());
        signerName.setText(current.signerName());
        signerRole.setText(current.signerRole());
        signOff.setText(current.signOff().isEmpty() ? messages.get("profile.signOff.default") : current.signOff());
        signOff.setPromptText(messages.get("profile.signOff.default"));
        Choices.fill(paper, messages, "paper", PaperSize.class);
        paper.setValue(current.paper());
        logo = current.logo();
        showLogo();

        logoPath.setPromptText(messages.get("profile.logo.prompt"));
        logoPath.setOnAction(e -> readLogo(Path.of(logoPath.getText().strip())));
        Button browse = new Button(messages.get("profile.logo.browse"));
        browse.setOnAction(e -> files.open(owner, new FileChooser.ExtensionFilter(messages.get("profile.logo.filter"),
                "*.png", "*.jpg", "*.jpeg")).ifPresent(file -> {
                    logoPath.setText(file.toString());
                    readLogo(file);
                }));
        Button remove = new Button(messages.get("profile.logo.remove"));
        remove.setOnAction(e -> {
            logo = Optional.empty();
            logoPath.clear();
            showLogo();
        });
        logoView.setFitHeight(48);
        logoView.setFitWidth(160);
        logoView.setPreserveRatio(true);
        HBox logoRow = new HBox(6, logoPath, browse, remove);
        HBox.setHgrow(logoPath, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 0, 0, 0));
        int row = 0;
        grid.addRow(row++, label("profile.name", name), name);
        grid.addRow(row++, label("profile.address", address), address);
        grid.addRow(row++, label("profile.phone", phone), phone);
        grid.addRow(row++, label("profile.email", email), email);
        grid.addRow(row++, label("profile.website", website), website);
        grid.addRow(row++, label("profile.logo", logoPath), logoRow);
        grid.addRow(row++, new Label(), new HBox(10, logoView, logoStatus));
        grid.addRow(row++, label("profile.signerName", signerName), signerName);
        grid.addRow(row++, label("profile.signerRole", signerRole), signerRole);
        grid.addRow(row++, label("profile.signOff", signOff), signOff);
        grid.addRow(row++, label("profile.paper", paper), paper);
        Label invalid = new Label(messages.get("profile.invalid"));
        invalid.getStyleClass().add("dialog-error");
        invalid.setWrapText(true);
        grid.add(invalid, 0, row, 2, 1);
        GridPane.setHgrow(name, Priority.ALWAYS);
        logoStatus.setWrapText(true);
        logoStatus.setMaxWidth(320);
        Dialogs.scrollingContent(this, grid);
        getDialogPane().setPrefWidth(560);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        var valid = Bindings.createBooleanBinding(this::isValid, name.textProperty(), email.textProperty());
        invalid.visibleProperty().bind(valid.not());
        invalid.managedProperty().bind(invalid.visibleProperty());
        // OK waits for a logo being read: pressing it earlier would keep the old one.
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(valid.not().or(readingLogo));
        setOnShown(e -> name.requestFocus());
        setResultConverter(button -> button == ButtonType.OK ? read() : null);
    }

    private boolean isValid() {
        String mail = email.getText().strip();
        return !name.getText().isBlank() && (mail.isEmpty() || Validation.isEmail(mail));
    }

    private BusinessProfile read() {
        return new BusinessProfile(name.getText().strip(), address.getText().strip(), phone.getText().strip(),
                email.getText().strip(), website.getText().strip(), logo, signerName.getText().strip(),
                signerRole.getText().strip(), signOff.getText().strip(), paper.getValue());
    }

    private void readLogo(Path file) {
        logoStatus.setText(messages.get("profile.logo.reading"));
        readingLogo.set(true);
        background.run(() -> readLogoFile(file))
                .onSuccess(read -> {
                    readingLogo.set(false);
                    logo = Optional.of(read);
                    showLogo();
                })
                .onError(e -> {
                    readingLogo.set(false);
                    logoStatus.setText(ErrorMessages.plain(e));
                })
                .start();
    }

    private Logo readLogoFile(Path file) throws IOException {
        if (Files.size(file) > Logo.MAX_BYTES) {
            throw new ImportException(messages.get("profile.logo.tooBig", Logo.MAX_BYTES / (1024 * 1024)));
        }
        byte[] bytes = Files.readAllBytes(file);
        String type = Logo.sniff(bytes).orElseThrow(() -> new ImportException(messages.get("profile.logo.notImage")));
        if (type.equals("image/svg+xml")) {
            // The PDF engine draws PNG and JPEG only; an SVG would vanish from the printed letter.
            throw new ImportException(messages.get("profile.logo.svg"));
        }
        return new Logo(bytes, type);
    }

    private void showLogo() {
        // Decoded at the size shown: a 2 MB photo must not be unpacked in full on the UI thread.
        logoView.setImage(logo.map(l -> new Image(new ByteArrayInputStream(l.bytes()), 160, 48, true, true))
                .orElse(null));
        logoStatus.setText(logo.map(l -> messages.get("profile.logo.kept", l.bytes().length / 1024 + 1))
                .orElse(messages.get("profile.logo.none")));
    }

    private static TextField field(String id, int max) {
        TextField field = new TextField();
        field.setId(id);
        TextInputs.limit(field, max);
        return field;
    }

    private Label label(String key, javafx.scene.Node target) {
        return SetupDialog.label(messages, key, target);
    }
}
