package app.makegood.ui.wizard;

import app.makegood.domain.Dates;
import app.makegood.domain.Incident;
import app.makegood.domain.PublicStory;
import app.makegood.domain.coach.LetterPart;
import app.makegood.domain.LetterKind;
import app.makegood.ui.DetailForm;
import app.makegood.ui.Messages;
import app.makegood.ui.NoticeTexts;
import app.makegood.ui.Tables;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

import java.time.ZoneId;

/** Step 3: the explanation, and the dated status updates that keep customers posted. */
public final class ExplainController {
    private static final Dates DATES = Dates.local();

    @FXML private CoachedTextController explainTextController;
    @FXML private TextArea newUpdate;
    @FXML private Button addUpdate;
    @FXML private TableView<UpdateRow> updates;
    @FXML private TableColumn<UpdateRow, String> updateWhen;
    @FXML private TableColumn<UpdateRow, String> updateSent;
    @FXML private TableColumn<UpdateRow, String> updateText;
    @FXML private Button removeUpdate;
    @FXML private TextArea selectedUpdate;
    @FXML private VBox updateForm;
    @FXML private CheckBox selectedSent;
    @FXML private Label sentBy;
    @FXML private ComboBox<String> selectedChannel;
    @FXML private Button copyUpdate;
    @FXML private Button updateLetters;
    @FXML private Label copied;
    @FXML private DatePicker nextUpdateDate;
    @FXML private TextField nextUpdateTime;
    @FXML private Label nextUpdateState;

    private WizardViewModel vm;
    private Messages messages;
    private NoticeTexts texts;

    void init(WizardViewModel vm, Messages messages, ZoneId zone) {
        this.vm = vm;
        this.messages = messages;
        this.texts = new NoticeTexts(messages, zone);
        explainTextController.init(vm.explainProperty(), vm.coach(), LetterPart.EXPLAIN, "explain",
                messages.get("field.explain.prompt"), messages);
        addUpdate.disableProperty().bind(newUpdate.textProperty().isEmpty());
        updateWhen.setCellValueFactory(c -> new ReadOnlyStringWrapper(DATES.moment(c.getValue().writtenAt().atZone(zone))));
        updateSent.setCellValueFactory(c -> sentState(c.getValue()));
        updateText.setCellValueFactory(c -> c.getValue().textProperty());
        Tables.show(updates, vm.updates(), updateText);
        selectedChannel.getItems().setAll(messages.get("field.update.channels").split("\\|"));
        // Where it went belongs to a sent update: greyed until "Sent to customers" is ticked (a note kept from
        // before stays visible).
        selectedChannel.disableProperty().bind(selectedSent.selectedProperty().not());
        sentBy.disableProperty().bind(selectedChannel.disableProperty());
        new DetailForm<UpdateRow>(updateForm).field(selectedUpdate.textProperty(), UpdateRow::textProperty)
                .field(selectedSent.selectedProperty(), UpdateRow::sentProperty)
                .field(selectedChannel.valueProperty(), UpdateRow::channelProperty)
                .follow(updates);
        removeUpdate.disableProperty().bind(updates.getSelectionModel().selectedItemProperty().isNull());
        copyUpdate.disableProperty().bind(removeUpdate.disableProperty());
        updateLetters.disableProperty().bind(removeUpdate.disableProperty());
        updates.getSelectionModel().selectedItemProperty().addListener(x -> copied.setText(""));

        nextUpdateDate.valueProperty().bindBidirectional(vm.nextUpdateDue().dateProperty());
        nextUpdateTime.textProperty().bindBidirectional(vm.nextUpdateDue().timeProperty());
        vm.revisionProperty().addListener(x -> showNextUpdate());
        vm.statusProperty().addListener(x -> showNextUpdate());
        showNextUpdate();
    }

    /** "Not sent yet", "✓ Sent" or "✓ Sent by website", following the row. */
    private ObservableValue<String> sentState(UpdateRow row) {
        return Bindings.createStringBinding(() -> {
            String channel = row.channelProperty().get() == null ? "" : row.channelProperty().get().strip();
            if (!row.sentProperty().get()) {
                return messages.get("field.update.state.notSent");
            }
            return channel.isEmpty() ? messages.get("field.update.state.sent")
                    : messages.get("field.update.state.sentBy", channel);
        }, row.sentProperty(), row.channelProperty());
    }

    @FXML
    private void onAddUpdate() {
        String text = newUpdate.getText().strip();
        if (!text.isEmpty()) {
            vm.addUpdate(text);
            newUpdate.clear();
        }
    }

    private void showNextUpdate() {
        nextUpdateState.setText(vm.updateOverdue() ? texts.nextUpdate(vm.updateDue(), vm.now()) : "");
        nextUpdateState.getStyleClass().remove("overdue");
        if (vm.updateOverdue()) {
            nextUpdateState.getStyleClass().add("overdue");
        }
    }

    /** The selected update as text for a website or a social post: who, when, what. */
    @FXML
    private void onCopyUpdate() {
        UpdateRow row = updates.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        String title = vm.titleProperty().get().isBlank() ? messages.get("list.untitled") : vm.titleProperty().get();
        ClipboardContent content = new ClipboardContent();
        // Meant for a website or social page: no customer's name or email, as on the public page.
        Incident incident = vm.snapshot();
        content.putString(messages.get("update.plain", PublicStory.redact(incident, title), texts.when(row.writtenAt()),
                PublicStory.redact(incident, row.textProperty().get().strip())));
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText(messages.get("field.update.copied"));
    }

    /** The selected update as a dated letter to every affected customer. */
    @FXML
    private void onUpdateLetters() {
        UpdateRow row = updates.getSelectionModel().getSelectedItem();
        if (row != null && row.channelProperty().get().isBlank()) {
            row.channelProperty().set(messages.get("field.update.channel.letters"));
        }
        vm.writeLetter(LetterKind.STATUS_UPDATE);
    }

    @FXML
    private void onRemoveUpdate() {
        Tables.removeSelected(updates, vm.updates());
    }
}
