package app.makegood.ui.wizard;

import app.makegood.domain.Dates;
import app.makegood.domain.ActionPriority;
import app.makegood.domain.ActionStatus;
import app.makegood.domain.ActionType;
import app.makegood.domain.Attachment;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.export.EvidenceFile;
import app.makegood.domain.FileNames;
import app.makegood.domain.Limits;
import app.makegood.domain.Timeline;
import app.makegood.ui.Background;
import app.makegood.ui.Choices;
import app.makegood.ui.DetailForm;
import app.makegood.ui.Dialogs;
import app.makegood.ui.ErrorMessages;
import app.makegood.ui.Icons;
import app.makegood.ui.Messages;
import app.makegood.ui.Tables;
import app.makegood.ui.TextInputs;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Step 5: the five whys, the corrective actions with their evidence, and the follow-up date. */
public final class ProveController {
    private static final Dates DATES = Dates.local();

    @FXML private TextField problem;
    @FXML private VBox whys;
    @FXML private TableView<ActionRow> actions;
    @FXML private TableColumn<ActionRow, String> descriptionColumn;
    @FXML private TableColumn<ActionRow, String> ownerColumn;
    @FXML private TableColumn<ActionRow, String> dueColumn;
    @FXML private TableColumn<ActionRow, String> statusColumn;
    @FXML private TableColumn<ActionRow, String> typeColumn;
    @FXML private ComboBox<ActionType> actionType;
    @FXML private ComboBox<Optional<ActionPriority>> actionPriority;
    @FXML private CheckBox evidenceForCustomers;
    @FXML private Button removeAction;
    @FXML private VBox actionForm;
    @FXML private TextField actionDescription;
    @FXML private TextField actionOwner;
    @FXML private DatePicker actionDue;
    @FXML private ComboBox<ActionStatus> actionStatus;
    @FXML private TextArea actionEvidence;
    @FXML private ListView<Attachment> attachments;
    @FXML private Button openAttachment;
    @FXML private Button removeAttachment;
    @FXML private TextField attachPath;
    @FXML private HBox followUpBanner;
    @FXML private Label followUpText;
    @FXML private Button writeFollowUp;
    @FXML private DatePicker followUpDue;
    @FXML private DatePicker actionDoneOn;
    @FXML private Label droppedLabel;
    @FXML private TextField actionDropped;
    @FXML private VBox timeline;
    @FXML private PostmortemNotesController notesController;

    private WizardViewModel vm;
    private Messages messages;
    private Background background;
    private Consumer<Path> openFile;
    private Clock clock;

    void init(WizardViewModel vm, Messages messages, Background background, Consumer<Path> openFile, Clock clock) {
        this.vm = vm;
        this.clock = clock;
        this.messages = messages;
        this.background = background;
        this.openFile = openFile;
        problem.textProperty().bindBidirectional(vm.problemProperty());
        followUpDue.valueProperty().bindBidirectional(vm.followUpDueProperty());
        vm.whys().addListener((ListChangeListener<WhyRow>) c -> {
            while (c.next()) {
                // Rebuild only when steps are added, removed or moved, never while the user types in one.
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuildWhys();
                    return;
                }
            }
        });
        rebuildWhys();
        notesController.init(vm.notes(), messages, vm.amends().defaultsProperty());
        initActions();
        vm.letters().addListener((ListChangeListener<LetterRecord>) c -> showTimeline());
    }

    private void initActions() {
        Choices.fill(actionStatus, messages, "actionStatus", ActionStatus.class);
        descriptionColumn.setCellValueFactory(c -> c.getValue().descriptionProperty());
        ownerColumn.setCellValueFactory(c -> c.getValue().ownerProperty());
        dueColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> dueText(c.getValue()),
                c.getValue().dueProperty(), c.getValue().statusProperty()));
        statusColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> messages.label("actionStatus", c.getValue().statusProperty().get()), c.getValue().statusProperty()));
        initKinds();
        Tables.show(actions, vm.actions(), descriptionColumn);
        actions.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, row) -> attachments.setItems(row == null ? null : row.attachments()));
        new DetailForm<ActionRow>(actionForm)
                .field(actionDescription.textProperty(), ActionRow::descriptionProperty)
                .field(actionOwner.textProperty(), ActionRow::ownerProperty)
                .field(actionDue.valueProperty(), ActionRow::dueProperty)
                .field(actionStatus.valueProperty(), ActionRow::statusProperty)
                .field(actionEvidence.textProperty(), ActionRow::evidenceNoteProperty)
                .field(actionDoneOn.valueProperty(), ActionRow::doneOnProperty)
                .field(actionDropped.textProperty(), ActionRow::droppedReasonProperty)
                .field(actionType.valueProperty(), ActionRow::typeProperty)
                .field(actionPriority.valueProperty(), ActionRow::priorityProperty)
                .field(evidenceForCustomers.selectedProperty(), ActionRow::evidenceForCustomersProperty)
                .follow(actions);
        // The reason matters only for a dropped action; the done date only once it is done.
        var dropped = actionStatus.valueProperty().isEqualTo(ActionStatus.DROPPED);
        for (Node n : new Node[] {droppedLabel, actionDropped}) {
            n.visibleProperty().bind(dropped);
            n.managedProperty().bind(dropped);
        }
        showTimeline();
        removeAction.disableProperty().bind(actions.getSelectionModel().selectedItemProperty().isNull());
        attachments.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.fileName() + "  (" + (item.size() + 1023) / 1024 + " KB)");
            }
        });
        openAttachment.disableProperty().bind(attachments.getSelectionModel().selectedItemProperty().isNull());
        removeAttachment.disableProperty().bind(openAttachment.disableProperty());
        attachments.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && actions.getSelectionModel().getSelectedItem() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        attachments.setOnDragDropped(e -> {
            ActionRow row = actions.getSelectionModel().getSelectedItem();
            e.getDragboard().getFiles().forEach(f -> attach(row, f.toPath()));
            e.setDropCompleted(true);
            e.consume();
        });
    }

    /** Type and priority of the selected action, and whether customers may read its evidence note. */
    private void initKinds() {
        Choices.fill(actionType, messages, "actionType", ActionType.class);
        Choices.fillOptional(actionPriority, messages, "actionPriority", ActionPriority.class,
                messages.get("field.action.priority.none"));
        typeColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> messages.label("actionTypeShort", c.getValue().typeProperty().get()), c.getValue().typeProperty()));
    }

    /** Redraws what is worked out from the whole incident: the timeline and the follow-up proposal. */
    void showTimeline() {
        Timeline story = Timeline.of(vm.snapshot(), vm.letters(), clock.getZone());
        List<Label> lines = new ArrayList<>(story.events().stream().map(e -> line(story, e)).toList());
        if (!story.later().isEmpty()) {
            Label heading = new Label(messages.get("field.timeline.later"));
            heading.getStyleClass().add("text-muted");
            lines.add(heading);
            story.later().forEach(e -> lines.add(line(story, e)));
        }
        timeline.getChildren().setAll(lines);
        boolean proposed = vm.followUpProposed();
        var sent = vm.followUpSentAt();
        followUpText.setText(proposed ? messages.get("followUp.proposed")
                : sent.map(at -> messages.get("followUp.sent", DATES.moment(at.atZone(clock.getZone())))).orElse(""));
        followUpBanner.setVisible(proposed || sent.isPresent());
        followUpBanner.setManaged(followUpBanner.isVisible());
        writeFollowUp.setVisible(proposed);
    }

    private static Label line(Timeline story, Timeline.Entry e) {
        return new Label(story.when(e, Locale.getDefault()) + "  \u2014  " + e.what());
    }

    @FXML
    private void onWriteFollowUp() {
        vm.writeLetter(LetterKind.FOLLOW_UP);
    }

    /** The due date, flagged once it has passed while the action is still open. */
    private String dueText(ActionRow row) {
        if (row.dueProperty().get() == null) {
            return "";
        }
        String due = DATES.day(row.dueProperty().get());
        return row.toDomain().isOverdue(LocalDate.now(clock)) ? messages.get("field.action.overdue", due) : due;
    }

    private void rebuildWhys() {
        whys.getChildren().clear();
        ToggleGroup root = new ToggleGroup();
        for (int i = 0; i < vm.whys().size(); i++) {
            whys.getChildren().add(whyRow(i, vm.whys().get(i), root));
        }
    }

    private VBox whyRow(int index, WhyRow row, ToggleGroup rootGroup) {
        Label number = new Label((index + 1) + ".");
        number.getStyleClass().add("why-number");
        TextField question = new TextField();
        question.setPromptText(messages.get("field.why.question"));
        question.textProperty().bindBidirectional(row.questionProperty());
        // A text area that wraps, so a long answer is read whole; Tab still moves on as in a one-line field.
        TextArea answer = new TextArea();
        answer.setWrapText(true);
        answer.setPrefRowCount(2);
        TextInputs.tabMovesOn(answer);
        answer.setPromptText(messages.get("field.why.answer"));
        answer.textProperty().bindBidirectional(row.answerProperty());
        answer.setId("why-answer-" + index);
        TextInputs.limit(question, Limits.SHORT_TEXT);
        TextInputs.limit(answer, Limits.SHORT_TEXT);
        // The same small start for both, so the width to spare is shared evenly: the question is read whole too.
        question.setPrefWidth(WHY_FIELD);
        answer.setPrefWidth(WHY_FIELD * 1.5);
        HBox.setHgrow(question, Priority.ALWAYS);
        HBox.setHgrow(answer, Priority.ALWAYS);
        RadioButton isRoot = new RadioButton(messages.get("field.why.root"));
        isRoot.setToggleGroup(rootGroup);
        isRoot.setSelected(row.rootCauseProperty().get());
        isRoot.setOnAction(e -> vm.markRootCause(index));
        isRoot.setMinWidth(Region.USE_PREF_SIZE); // the text areas give way on a narrow window, not this label
        Button up = Icons.rowButton(Icons.UP, messages.get("field.why.up"), () -> vm.moveWhy(index, -1));
        Button down = Icons.rowButton(Icons.DOWN, messages.get("field.why.down"), () -> vm.moveWhy(index, 1));
        Button remove = Icons.rowButton(Icons.REMOVE, messages.get("field.why.remove"), () -> vm.removeWhy(index));
        up.setId("why-up-" + index);
        down.setId("why-down-" + index);
        remove.setId("why-remove-" + index);
        up.setDisable(index == 0);
        down.setDisable(index == vm.whys().size() - 1);
        HBox box = new HBox(8, number, question, answer, isRoot, up, down, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("why-row");
        Label blame = new Label();
        blame.getStyleClass().addAll("coach-note-finding", "coach-suggestion", "why-blame");
        blame.setMaxWidth(Double.MAX_VALUE); // one line; the whole nudge is in its tooltip
        blame.textProperty().bind(Bindings.createStringBinding(() -> vm.coach().blameFindings(row.answerProperty().get())
                .stream().map(CoachedTextController::describe).collect(Collectors.joining("\n")), row.answerProperty()));
        // Its room is always kept (see .why-blame), so the rows below do not jump while the owner types.
        blame.visibleProperty().bind(blame.textProperty().isNotEmpty());
        blame.setTooltip(new Tooltip());
        blame.getTooltip().textProperty().bind(blame.textProperty());
        return new VBox(2, box, blame);
    }

    /** The starting width of a why's question; its answer starts half as wide again. */
    private static final double WHY_FIELD = 160;

    @FXML
    private void onAddWhy() {
        vm.addWhy();
    }

    @FXML
    private void onAddAction() {
        ActionRow row = vm.addAction();
        actions.getSelectionModel().select(row);
        actionDescription.requestFocus();
    }

    @FXML
    private void onRemoveAction() {
        Tables.removeSelected(actions, vm.actions());
    }

    /** Attaches the file whose path is typed, or else the one the owner picks. */
    @FXML
    private void onAttach() {
        ActionRow row = actions.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        String typed = attachPath.getText().strip();
        if (!typed.isEmpty()) {
            attach(row, Path.of(typed));
            return;
        }
        File file = new FileChooser().showOpenDialog(actions.getScene().getWindow());
        if (file != null) {
            attach(row, file.toPath());
        }
    }

    private void attach(ActionRow row, Path file) {
        background.run(() -> EvidenceFile.read(file)).onSuccess(a -> {
            row.attachments().add(a);
            attachPath.clear();
        }).onError(e -> show(ErrorMessages.plain(e))).start();
    }

    @FXML
    private void onRemoveAttachment() {
        ActionRow row = actions.getSelectionModel().getSelectedItem();
        Attachment a = attachments.getSelectionModel().getSelectedItem();
        if (row != null && a != null) {
            row.attachments().remove(a);
        }
    }

    @FXML
    private void onOpenAttachment() {
        Attachment a = attachments.getSelectionModel().getSelectedItem();
        if (a == null) {
            return;
        }
        // The system viewer needs a real file: hand it a private temporary copy.
        background.run(() -> {
            Path dir = Files.createTempDirectory("makegood-");
            Path file = dir.resolve(FileNames.safe(a.fileName(), "attachment"));
            Files.write(file, a.content());
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        }).onSuccess(openFile).onError(e -> show(ErrorMessages.plain(e))).start();
    }

    private void show(String message) {
        Alert alert = Dialogs.alert(Alert.AlertType.WARNING, message);
        alert.initOwner(actions.getScene().getWindow());
        alert.setHeaderText(null);
        alert.show();
    }
}
