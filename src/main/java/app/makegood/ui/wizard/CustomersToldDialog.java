package app.makegood.ui.wizard;

import app.makegood.domain.NoticeChannel;
import app.makegood.ui.Choices;
import app.makegood.ui.DatePickers;
import app.makegood.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Asks when and how customers were first told: to record it ("Customers told") or to correct it. Record is only
 * possible with a date, a readable time that is not in the future, and how.
 */
final class CustomersToldDialog extends Dialog<CustomersToldDialog.Told> {
    /** What the owner said: when customers were told, and how. */
    record Told(Instant at, NoticeChannel how) {
    }

    private final DateTimeInput when;
    private final ComboBox<NoticeChannel> how = new ComboBox<>();
    private final Instant now;

    /**
     * @param at      the time shown at first (now, or the recorded time when correcting)
     * @param channel how, when already known
     */
    CustomersToldDialog(Window owner, Messages messages, ZoneId zone, Instant now, Instant at,
                        Optional<NoticeChannel> channel, boolean correcting) {
        this.now = now;
        initOwner(owner);
        setTitle(messages.get("notice.told.title"));
        setHeaderText(messages.get(correcting ? "notice.told.correctHeader" : "notice.told.header"));
        when = new DateTimeInput(zone);
        when.set(Optional.of(at));

        how.setId("toldHow");
        Choices.fill(how, messages, "noticeChannel", NoticeChannel.class);
        how.setValue(channel.orElse(null));
        GridPane grid = DateTimeRows.grid(when, "told", messages.get("notice.told.date"),
                messages.get("notice.told.time"));
        grid.addRow(2, new Label(messages.get("notice.told.how")), how);
        Label invalid = DateTimeRows.problemLine(grid, messages.get("notice.told.invalid"), 3);
        DatePickers.applyTo(grid);
        getDialogPane().setContent(grid);

        ButtonType record = new ButtonType(messages.get("notice.told.record"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(record, ButtonType.CANCEL);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> read().isPresent(), when.dateProperty(),
                when.timeProperty(), how.valueProperty());
        invalid.visibleProperty().bind(valid.not());
        getDialogPane().lookupButton(record).disableProperty().bind(valid.not());
        setResultConverter(button -> button == record ? read().orElse(null) : null);
    }

    private Optional<Told> read() {
        if (!when.isTimeValid() || how.getValue() == null) {
            return Optional.empty();
        }
        return when.value().filter(t -> !t.isAfter(now)).map(t -> new Told(t, how.getValue()));
    }
}
