package app.makegood.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Help ▸ About: the icon, name, version, what the app is for, the copyright, where the data lives (with a button
 * that opens that folder) and the licences of the fonts that ship inside the app.
 */
public final class AboutDialog extends Dialog<Void> {
    /** The fonts in assets/fonts, each with its assets/fonts/LICENSE-NAME.txt. */
    static final List<String> FONTS = List.of("DejaVu", "Noto");

    public AboutDialog(Window owner, Messages messages, String version, Path dataDir, Consumer<Path> openFile) {
        initOwner(owner);
        setTitle(messages.get("about.title"));
        setResizable(true);

        ImageView icon = new ImageView(new Image(icon(64), 64, 64, true, true));
        Label name = new Label(messages.get("app.title"));
        name.setId("aboutName");
        name.getStyleClass().add("title-2");
        Label versionLabel = new Label(messages.get("about.version", version));
        versionLabel.setId("aboutVersion");
        Label description = new Label(messages.get("about.description"));
        description.setWrapText(true);
        Label copyright = new Label(messages.get("about.copyright"));
        copyright.setId("aboutCopyright");
        VBox heading = new VBox(4, name, versionLabel, description, copyright);
        HBox top = new HBox(16, icon, heading);
        top.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(heading, Priority.ALWAYS);

        Label dataTitle = new Label(messages.get("about.data"));
        dataTitle.getStyleClass().add("text-bold");
        Label dataPath = new Label(dataDir.toAbsolutePath().toString());
        dataPath.setId("aboutDataDir");
        dataPath.setWrapText(true);
        Button open = new Button(messages.get("about.data.open"));
        open.setId("aboutOpenData");
        open.setOnAction(e -> openFile.accept(dataDir));
        Label kept = new Label(messages.get("about.data.kept"));
        kept.setWrapText(true);
        VBox data = new VBox(6, dataTitle, dataPath, kept, open);

        TextArea licences = new TextArea(licences());
        licences.setId("aboutLicences");
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(10);
        TitledPane fonts = new TitledPane(messages.get("about.fonts"), licences);
        fonts.setExpanded(false);
        fonts.setId("aboutFonts");
        fonts.expandedProperty().addListener((o, was, is) -> getDialogPane().getScene().getWindow().sizeToScene());

        VBox content = new VBox(16, top, data, fonts);
        content.setPadding(new Insets(8, 0, 0, 0));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(560);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /** The app icon at one of the sizes in assets/icon (16, 24, 32, 48, 64, 128, 256, 512). */
    public static InputStream icon(int size) {
        return AboutDialog.class.getResourceAsStream("/assets/icon/makegood-" + size + ".png");
    }

    static String licences() {
        StringBuilder all = new StringBuilder();
        for (String font : FONTS) {
            try (InputStream in = AboutDialog.class.getResourceAsStream("/assets/fonts/LICENSE-" + font + ".txt")) {
                if (in == null) {
                    continue;
                }
                if (all.length() > 0) {
                    all.append("\n\n");
                }
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }
}
