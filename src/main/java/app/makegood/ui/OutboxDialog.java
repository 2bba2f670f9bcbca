package app.makegood.ui;

import app.makegood.domain.Dates;
import app.makegood.domain.letters.Outbox;
import app.makegood.domain.letters.OutboxMessage;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The mail waiting to go out, each with the reason the last try failed, a button to send it all now and one to
 * take a letter out.
 */
final class OutboxDialog extends Dialog<Void> {
    /** Sends what waits in the outbox; {@code finished} runs once it is over. */
    @FunctionalInterface
    interface Sender {
        void sendPending(Consumer<String> status, Runnable finished);
    }

    private final TableView<OutboxMessage> table = new TableView<>();
    private final Label status = new Label();
    private final Background background;
    private final Outbox outbox;
    private final BooleanProperty sending = new SimpleBooleanProperty();

    OutboxDialog(Window owner, Messages messages, Background background, Outbox outbox, Sender sender) {
        this.background = background;
        this.outbox = outbox;
        initOwner(owner);
        setTitle(messages.get("outbox.title"));
        setHeaderText(messages.get("outbox.header"));
        setResizable(true);

        Dates dates = Dates.local();
        table.setId("outboxTable");
        table.getColumns().add(column(messages.get("outbox.queued"), 130, m -> dates.moment(m.queuedAt().atZone(ZoneId.systemDefault()))));
        table.getColumns().add(column(messages.get("outbox.to"), 200, OutboxMessage::recipient));
        table.getColumns().add(column(messages.get("outbox.subject"), 220, OutboxMessage::subject));
        table.getColumns().add(column(messages.get("outbox.problem"), 260, m -> m.lastError().orElse("")));
        Tables.fit(table, table.getColumns().get(3)); // the problem, the longest text
        table.setPlaceholder(new Label(messages.get("outbox.empty")));
        table.setPrefSize(820, 320);
        status.setWrapText(true);
        status.setId("outboxStatus");
        getDialogPane().setContent(new VBox(8, table, status));

        ButtonType send = new ButtonType(messages.get("outbox.send"), ButtonBar.ButtonData.OK_DONE);
        ButtonType remove = new ButtonType(messages.get("outbox.remove"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(send, remove, ButtonType.CLOSE);
        var sendButton = getDialogPane().lookupButton(send);
        sendButton.disableProperty().bind(Bindings.isEmpty(table.getItems()).or(sending));
        // Sending keeps the dialog open: the list then shows what is still waiting, and why.
        sendButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            sending.set(true);
            sender.sendPending(status::setText, () -> {
                sending.set(false);
                reload();
            });
        });
        var removeButton = getDialogPane().lookupButton(remove);
        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(sending));
        removeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            OutboxMessage m = table.getSelectionModel().getSelectedItem();
            if (new Dialogs(getDialogPane().getScene().getWindow(), messages).confirm(messages.get("outbox.remove.confirm", m.recipient()))) {
                background.run(() -> {
                    outbox.remove(m.id());
                    return null;
                }).onSuccess(x -> reload()).onError(error -> status.setText(ErrorMessages.plain(error))).start();
            }
        });
        reload();
    }

    private void reload() {
        background.run(outbox::pending).onSuccess(table.getItems()::setAll)
                .onError(e -> status.setText(ErrorMessages.plain(e))).start();
    }

    private static TableColumn<OutboxMessage, String> column(String title, double width,
                                                             Function<OutboxMessage, String> value) {
        TableColumn<OutboxMessage, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
