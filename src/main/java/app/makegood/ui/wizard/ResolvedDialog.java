package app.makegood.ui.wizard;

import app.makegood.ui.DatePickers;
import app.makegood.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Asked when an incident is marked fixed (or beyond) with no resolved time: when was it resolved? Now is offered and
 * can be changed; "Not now" moves on without a time, Cancel does not move at all. The time is never stamped silently.
 */
final class ResolvedDialog extends Dialog<ResolvedDialog.Answer> {
    /** The owner's answer: a time (maybe an estimate), or none for "Not now". */
    record Answer(Optional<Instant> at, boolean approximate) {
    }

    private final DateTimeInput when;
    private final CheckBox approximate = new CheckBox();
    private final Instant now;

    ResolvedDialog(Window owner, Messages messages, ZoneId zone, Instant now, String statusLabel) {
        this.now = now;
        initOwner(owner);
        setTitle(messages.get("resolved.title"));
        setHeaderText(messages.get("resolved.header", statusLabel));
        when = new DateTimeInput(zone);
        when.set(Optional.of(now));

        DatePicker date = new DatePicker();
        date.setId("resolvedDialogDate");
        date.valueProperty().bindBidirectional(when.dateProperty());
        TextField time = new TextField();
        time.setId("resolvedDialogTime");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(when.timeProperty());
        approximate.setId("resolvedDialogApproximate");
        approximate.setText(messages.get("resolved.approximate"));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("resolved.date")), date);
        grid.addRow(1, new Label(messages.get("resolved.time")), time);
        grid.add(approximate, 1, 2);
        Label invalid = new Label(messages.get("resolved.invalid"));
        invalid.setWrapText(true);
        invalid.getStyleClass().add("dialog-error");
        grid.add(invalid, 0, 3, 2, 1);
        DatePickers.applyTo(grid);
        getDialogPane().setContent(grid);

        ButtonType record = new ButtonType(messages.get("resolved.record"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(messages.get("resolved.skip"), ButtonBar.ButtonData.NO);
        getDialogPane().getButtonTypes().addAll(record, skip, ButtonType.CANCEL);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> read().isPresent(), when.dateProperty(),
                when.timeProperty());
        invalid.visibleProperty().bind(valid.not());
        getDialogPane().lookupButton(record).disableProperty().bind(valid.not());
        setResultConverter(button -> button == record ? new Answer(read(), approximate.isSelected())
                : button == skip ? new Answer(Optional.empty(), false) : null);
    }

    private Optional<Instant> read() {
        return when.isTimeValid() ? when.value().filter(t -> !t.isAfter(now)) : Optional.empty();
    }
}
