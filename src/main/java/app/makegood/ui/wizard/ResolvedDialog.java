package app.makegood.ui.wizard;

import app.makegood.ui.DatePickers;
import app.makegood.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
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

        approximate.setId("resolvedDialogApproximate");
        approximate.setText(messages.get("resolved.approximate"));
        GridPane grid = DateTimeRows.grid(when, "resolvedDialog", messages.get("resolved.date"),
                messages.get("resolved.time"));
        grid.add(approximate, 1, 2);
        Label invalid = DateTimeRows.problemLine(grid, messages.get("resolved.invalid"), 3);
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
