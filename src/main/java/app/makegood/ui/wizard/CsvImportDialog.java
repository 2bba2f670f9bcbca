package app.makegood.ui.wizard;

import app.makegood.export.ColumnMapping;
import app.makegood.export.CustomerCsv;
import app.makegood.export.CustomerField;
import app.makegood.export.ImportResult;
import app.makegood.export.Preview;
import app.makegood.ui.Background;
import app.makegood.ui.ErrorMessages;
import app.makegood.ui.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports customers from a CSV file: choose the file (or type its path), check which column fills which
 * field, then import. Reading happens in the background; nothing is added until the owner says Import.
 */
final class CsvImportDialog extends Dialog<CsvImportDialog.Choice> {
    /** What to import, and whether the same email means the same customer. */
    record Choice(ImportResult result, boolean sameEmailSameCustomer) {
    }

    private final Messages messages;
    private final Background background;
    private final TextField path = new TextField();
    private final Label status = new Label();
    private final GridPane mapping = new GridPane();
    private final Map<CustomerField, ComboBox<String>> columns = new EnumMap<>(CustomerField.class);
    private final CheckBox sameEmail = new CheckBox();
    private final ButtonType importButton;
    private Optional<Preview> preview = Optional.empty();

    CsvImportDialog(Window owner, Messages messages, Background background) {
        this.messages = messages;
        this.background = background;
        initOwner(owner);
        setTitle(messages.get("csv.title"));
        setHeaderText(messages.get("csv.header"));
        path.setId("csvPath");
        path.setPromptText(messages.get("csv.path.prompt"));
        path.setOnAction(e -> {
            e.consume(); // Enter reads the file; it must not also press Import
            load(Path.of(path.getText().strip()));
        });
        setOnShown(e -> path.requestFocus());
        Button browse = new Button(messages.get("csv.browse"));
        browse.setOnAction(e -> browse(owner));
        HBox.setHgrow(path, Priority.ALWAYS);
        status.setWrapText(true);
        status.setId("csvStatus");
        mapping.setHgap(10);
        mapping.setVgap(6);
        sameEmail.setText(messages.get("csv.sameEmail"));
        sameEmail.setWrapText(true);
        sameEmail.setSelected(true);
        VBox content = new VBox(10, new HBox(8, path, browse), status, mapping, sameEmail);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        importButton = new ButtonType(messages.get("csv.import"), ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        getDialogPane().lookupButton(importButton).setId("csvImport");
        setResultConverter(button -> button == importButton && preview.isPresent()
                ? new Choice(CustomerCsv.importRows(preview.get(), chosenMapping()), sameEmail.isSelected()) : null);
        mappingChanged();
    }

    private void browse(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("csv.filter"), "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            path.setText(file.getPath());
            load(file.toPath());
        }
    }

    private void load(Path file) {
        status.setText(messages.get("csv.reading"));
        background.run(() -> CustomerCsv.read(Files.readAllBytes(file)))
                .onSuccess(this::show)
                .onError(e -> {
                    preview = Optional.empty();
                    mapping.getChildren().clear();
                    status.setText(ErrorMessages.plain(e));
                })
                .start();
    }

    private void show(Preview loaded) {
        preview = Optional.of(loaded);
        status.setText(messages.get("csv.found", loaded.rows().size(), loaded.charset().displayName(),
                loaded.delimiter() == '\t' ? "Tab" : String.valueOf(loaded.delimiter())));
        ColumnMapping guess = ColumnMapping.guess(loaded.headers());
        List<String> options = new ArrayList<>(List.of(messages.get("csv.none")));
        options.addAll(loaded.headers());
        mapping.getChildren().clear();
        columns.clear();
        for (CustomerField field : CustomerField.values()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(options);
            box.setId("csv-" + field.name());
            box.getSelectionModel().select(guess.column(field).orElse(-1) + 1);
            box.valueProperty().addListener(x -> mappingChanged());
            columns.put(field, box);
            mapping.addRow(field.ordinal(), new Label(messages.get("csv.field." + field.name())), box);
        }
        mappingChanged();
        // The mapping rows were just added: grow the window so they and the buttons stay in view.
        getDialogPane().getScene().getWindow().sizeToScene();
    }

    private ColumnMapping chosenMapping() {
        Map<CustomerField, Integer> chosen = new EnumMap<>(CustomerField.class);
        columns.forEach((field, box) -> {
            int index = box.getSelectionModel().getSelectedIndex();
            if (index > 0) {
                chosen.put(field, index - 1);
            }
        });
        return new ColumnMapping(chosen);
    }

    /** Import is possible once a file is read and a name or email column is chosen. */
    private void mappingChanged() {
        getDialogPane().lookupButton(importButton).setDisable(preview.isEmpty() || !chosenMapping().canImport());
    }
}
