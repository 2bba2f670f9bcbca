package app.makegood.ui.wizard;

import app.makegood.domain.coach.LetterPart;
import app.makegood.ui.DetailForm;
import app.makegood.ui.Messages;
import app.makegood.ui.Tables;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxTableCell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Step 3: the explanation, and the dated status updates that keep customers posted. */
public final class ExplainController {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    @FXML private CoachedTextController explainTextController;
    @FXML private TextArea newUpdate;
    @FXML private Button addUpdate;
    @FXML private TableView<UpdateRow> updates;
    @FXML private TableColumn<UpdateRow, String> updateWhen;
    @FXML private TableColumn<UpdateRow, Boolean> updateSent;
    @FXML private TableColumn<UpdateRow, String> updateText;
    @FXML private Button removeUpdate;
    @FXML private TextArea selectedUpdate;

    private WizardViewModel vm;

    void init(WizardViewModel vm, Messages messages, ZoneId zone) {
        this.vm = vm;
        explainTextController.init(vm.explainProperty(), vm.coach(), LetterPart.EXPLAIN, "explain",
                messages.get("field.explain.prompt"), messages);
        addUpdate.disableProperty().bind(newUpdate.textProperty().isEmpty());
        updateWhen.setCellValueFactory(c -> new ReadOnlyStringWrapper(WHEN.format(c.getValue().writtenAt().atZone(zone))));
        updateSent.setCellValueFactory(c -> c.getValue().sentProperty());
        updateSent.setCellFactory(CheckBoxTableCell.forTableColumn(updateSent));
        updateText.setCellValueFactory(c -> c.getValue().textProperty());
        Tables.show(updates, vm.updates());
        new DetailForm<UpdateRow>(selectedUpdate).field(selectedUpdate.textProperty(), UpdateRow::textProperty)
                .follow(updates);
        removeUpdate.disableProperty().bind(updates.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void onAddUpdate() {
        String text = newUpdate.getText().strip();
        if (!text.isEmpty()) {
            vm.addUpdate(text);
            newUpdate.clear();
        }
    }

    @FXML
    private void onRemoveUpdate() {
        Tables.removeSelected(updates, vm.updates());
    }
}
