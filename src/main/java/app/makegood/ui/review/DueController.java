package app.makegood.ui.review;

import app.makegood.domain.Dates;
import app.makegood.domain.review.DueItem;
import app.makegood.domain.review.DueKind;
import app.makegood.ui.Tables;
import app.makegood.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.time.LocalDate;
import java.util.function.BiConsumer;

/** View ▸ Due: one row per thing to do, naming the incident; a double click or Enter opens it on the right step. */
public final class DueController {
    private static final Dates DATES = Dates.local();
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    @FXML private Label dueCount;
    @FXML private TableView<DueItem> dueTable;
    @FXML private TableColumn<DueItem, LocalDate> dueWhenColumn;
    @FXML private TableColumn<DueItem, String> dueIncidentColumn;
    @FXML private TableColumn<DueItem, String> dueWhatColumn;

    /** @param open opens an incident (by id) on a wizard step */
    public void init(DueViewModel vm, Messages messages, LocalDate today, BiConsumer<String, DueKind> open) {
        dueTable.setItems(vm.items());
        Tables.fit(dueTable, dueWhatColumn);
        dueCount.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("due.count", vm.countProperty().get()), vm.countProperty()));
        dueWhenColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date().orElse(null)));
        dueWhenColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.get("due.noDate") : DATES.day(item));
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.isBefore(today));
            }
        });
        dueIncidentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().incidentTitle().isBlank()
                ? messages.get("list.untitled") : c.getValue().incidentTitle()));
        dueWhatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get("due.kind." + c.getValue().kind().name(), c.getValue().subject())));
        dueTable.setRowFactory(t -> {
            TableRow<DueItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().incidentId(), row.getItem().kind());
                }
            });
            return row;
        });
        dueTable.setOnKeyPressed(e -> {
            DueItem selected = dueTable.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                e.consume();
                open.accept(selected.incidentId(), selected.kind());
            }
        });
    }

    public void focus() {
        dueTable.requestFocus();
        if (!dueTable.getItems().isEmpty() && dueTable.getSelectionModel().isEmpty()) {
            dueTable.getSelectionModel().selectFirst();
        }
    }
}
