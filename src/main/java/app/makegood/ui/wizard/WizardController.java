package app.makegood.ui.wizard;

import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.NoticeClock;
import app.makegood.domain.coach.LetterPart;
import app.makegood.domain.LetterKind;
import app.makegood.ui.Background;
import app.makegood.ui.DatePickers;
import app.makegood.ui.Dialogs;
import app.makegood.ui.Icons;
import app.makegood.ui.Messages;
import app.makegood.ui.NoticeTexts;
import app.makegood.ui.StatusBadge;
import app.makegood.ui.TextInputs;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import javafx.util.Duration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The wizard frame: step indicator, current step, Back/Next and the quiet save indicator. */
public final class WizardController {
    private static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");

    @FXML private Label incidentTitle;
    @FXML private Label statusBadge;
    @FXML private Button advanceStatus;
    @FXML private Button moveStatusBack;
    @FXML private Label readOnlyNote;
    @FXML private Button editIncident;
    @FXML private HBox stepBar;
    @FXML private VBox top;
    @FXML private HBox noticeBar;
    @FXML private HBox noticeActions;
    @FXML private MenuButton noticeMore;
    @FXML private Label noticeClock;
    @FXML private Button customersTold;
    @FXML private Button changeNotice;
    @FXML private Button writeFirst;
    @FXML private Button postUpdate;
    @FXML private Label updateDue;
    @FXML private ScrollPane scroller;
    @FXML private Label stepTitle;
    @FXML private Label stepPurpose;
    @FXML private StackPane steps;
    @FXML private Label saveIndicator;
    @FXML private Button reloadButton;
    @FXML private Button copyTypedButton;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private WhatHappenedController whatHappenedController;
    @FXML private CoachedTextController admitStepController;
    @FXML private CoachedTextController thankStepController;
    @FXML private HBox checklist;
    @FXML private ExplainController explainStepController;
    @FXML private AmendsController amendsStepController;
    @FXML private ProveController proveStepController;
    @FXML private LettersController lettersStepController;

    private WizardViewModel vm;
    private Messages messages;
    private Runnable onClose;
    private final ToggleGroup stepToggles = new ToggleGroup();
    private final ChangeListener<Node> revealFocused = (obs, was, now) -> reveal(now);
    /** What is worked out from the text (coach findings, the timeline) waits for typing to pause. */
    private final PauseTransition coachPause = new PauseTransition(Duration.millis(300));
    /** The first-notice clock and the next update move on with time, not only with edits. */
    private final javafx.animation.Timeline noticeTick = new javafx.animation.Timeline(
            new KeyFrame(Duration.seconds(20), e -> showNotice()));
    private NoticeTexts noticeTexts;
    private ZoneId zone;
    /** Kept for as long as this wizard: it listens to the window weakly. */
    private CompactHeader compactHeader;

    /** Wires the view to its model; {@code onClose} returns to the incident list. */
    public void init(WizardViewModel vm, Messages messages, Background background, ZoneId zone,
                     Consumer<Path> openFile, Consumer<AmendsDefaults> saveDefaults, LetterServices letters,
                     Runnable onClose) {
        this.vm = vm;
        this.messages = messages;
        this.onClose = onClose;
        this.zone = zone;
        whatHappenedController.init(vm, messages, background, zone);
        admitStepController.init(vm.admitProperty(), vm.coach(), LetterPart.ADMIT, "admit",
                messages.get("field.admit.prompt"), messages);
        thankStepController.init(vm.thankProperty(), vm.coach(), LetterPart.THANK, "thank",
                messages.get("field.thank.prompt"), messages);
        explainStepController.init(vm, messages, zone);
        amendsStepController.init(vm, messages, saveDefaults);
        proveStepController.init(vm, messages, background, openFile, Clock.system(zone));
        lettersStepController.init(vm, messages, letters);
        TextInputs.applyDefaults(steps);
        DatePickers.applyTo(steps);

        incidentTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.titleProperty().get().isBlank()
                ? messages.get("list.untitled") : vm.titleProperty().get(), vm.titleProperty()));
        // A long title is shortened on a narrow window; the whole of it is a hover away.
        Tooltip wholeTitle = new Tooltip();
        wholeTitle.textProperty().bind(incidentTitle.textProperty());
        incidentTitle.setTooltip(wholeTitle);
        advanceStatus.textProperty().bind(Bindings.createStringBinding(() -> vm.nextStatus()
                .map(s -> messages.get("wizard.advance", messages.label("status", s))).orElse(""), vm.statusProperty()));
        advanceStatus.visibleProperty().bind(vm.closedProperty().not());
        // A closed incident is read, not edited, until the user says otherwise: the page still scrolls and the
        // step buttons still move between pages.
        steps.disableProperty().bind(vm.readOnlyProperty());
        advanceStatus.disableProperty().bind(vm.readOnlyProperty());
        showMoveBack();
        readOnlyNote.visibleProperty().bind(vm.readOnlyProperty());
        readOnlyNote.managedProperty().bind(vm.readOnlyProperty());
        editIncident.visibleProperty().bind(vm.readOnlyProperty());
        editIncident.managedProperty().bind(vm.readOnlyProperty());
        vm.statusProperty().addListener((obs, old, now) -> StatusBadge.show(statusBadge, now, messages));
        StatusBadge.show(statusBadge, vm.statusProperty().get(), messages);

        noticeTexts = new NoticeTexts(messages, zone);
        vm.revisionProperty().addListener(x -> showNotice());
        vm.statusProperty().addListener(x -> showNotice());
        noticeTick.setCycleCount(Animation.INDEFINITE);
        noticeTick.play();
        showNotice();

        buildStepBar();
        compactHeader = new CompactHeader(top, checklist, noticeActions, noticeMore);
        backButton.disableProperty().bind(vm.canGoBackProperty().not());
        nextButton.disableProperty().bind(vm.canGoNextProperty().not());
        vm.stepProperty().addListener((obs, old, now) -> showStep(now.intValue()));
        vm.saveStateProperty().addListener(x -> showSaveState());
        vm.setAsideProperty().addListener(x -> showSaveState());
        vm.revisionProperty().addListener(x -> refreshTicks());
        coachPause.setOnFinished(e -> {
            vm.coach().refresh();
            proveStepController.showTimeline();
            lettersStepController.refresh();
        });
        vm.revisionProperty().addListener(x -> coachPause.playFromStart());
        vm.coach().checklistProperty().addListener((obs, old, now) -> showChecklist(now));
        showChecklist(vm.coach().checklistProperty().get());
        scroller.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(revealFocused);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(revealFocused);
            }
        });
        showStep(vm.stepProperty().get());
        showSaveState();
        refreshTicks();
    }

    private void buildStepBar() {
        for (int i = 0; i < WizardViewModel.STEP_COUNT; i++) {
            int index = i;
            String number = i == 0 ? "" : i + "  ";
            ToggleButton button = new ToggleButton(number + messages.get("step." + i));
            button.setToggleGroup(stepToggles);
            button.getStyleClass().add("step-button");
            Icons.put(button, Icons.STEPS.get(i));
            button.setId("step-" + i);
            button.setOnAction(e -> {
                vm.goTo(index);
                button.setSelected(true);
            });
            stepBar.getChildren().add(button);
        }
    }

    private void showStep(int index) {
        for (int i = 0; i < steps.getChildren().size(); i++) {
            Node page = steps.getChildren().get(i);
            page.setVisible(i == index);
            page.setManaged(i == index);
        }
        ((ToggleButton) stepBar.getChildren().get(index)).setSelected(true);
        stepTitle.setText(messages.get("step." + index));
        stepPurpose.setText(messages.get("step." + index + ".purpose"));
        scroller.setVvalue(0);
        Node page = steps.getChildren().get(index);
        Platform.runLater(() -> firstInput(page).ifPresent(Node::requestFocus));
    }

    /** Lets go of the window when the wizard is closed: the window outlives this incident's view. */
    public void dispose() {
        coachPause.stop();
        noticeTick.stop();
        lettersStepController.dispose();
        if (scroller.getScene() != null) {
            scroller.getScene().focusOwnerProperty().removeListener(revealFocused);
        }
    }

    /** Takes dates still being typed, so the last save has them. */
    public void commitEdits() {
        steps.lookupAll(".date-picker").forEach(n -> ((DatePicker) n).commitValue());
    }

    /** Scrolls the step page so the focused control is on screen: Tab never leads below the window. */
    private void reveal(Node focused) {
        Node content = scroller.getContent();
        if (focused == null || !isInside(focused, content)) {
            return;
        }
        Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double viewport = scroller.getViewportBounds().getHeight();
        double hidden = content.getBoundsInLocal().getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        double top = hidden * scroller.getVvalue();
        if (b.getMinY() < top) {
            scroller.setVvalue(b.getMinY() / hidden);
        } else if (b.getMaxY() > top + viewport) {
            scroller.setVvalue(Math.min(1, (b.getMaxY() - viewport) / hidden));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The first enabled text input of a step, so keyboard users can type right after moving. */
    private static Optional<Node> firstInput(Node page) {
        Node letter = page.lookup(".letter-text");
        if (letter != null) {
            return Optional.of(letter);
        }
        return page.lookupAll(".text-input").stream().filter(n -> !n.isDisabled()).findFirst();
    }

    private void showChecklist(LetterCoach.Checklist c) {
        boolean[] done = {c.admitted(), c.thanked(), c.explained(), c.amendsOffered(), c.fixProven()};
        String[] keys = {"checklist.admitted", "checklist.thanked", "checklist.explained", "checklist.amends",
            "checklist.proven"};
        checklist.getChildren().clear();
        for (int i = 0; i < done.length; i++) {
            Label item = new Label((done[i] ? "\u2713 " : "\u25CB ") + messages.get(keys[i]));
            item.getStyleClass().add(done[i] ? "checklist-done" : "checklist-open");
            checklist.getChildren().add(item);
        }
        Label problems = new Label(messages.get("checklist.problems", c.openProblems()));
        problems.getStyleClass().add(c.openProblems() > 0 ? "checklist-problems" : "checklist-clear");
        problems.setId("coach-problems");
        checklist.getChildren().add(problems);
        if (c.languageSlips() > 0) {
            Label slips = new Label(messages.get("checklist.slips", c.languageSlips()));
            slips.getStyleClass().add("checklist-slips");
            slips.setId("coach-slips");
            checklist.getChildren().add(slips);
        }
    }

    private void refreshTicks() {
        for (int i = 0; i < WizardViewModel.STEP_COUNT; i++) {
            stepBar.getChildren().get(i).pseudoClassStateChanged(FILLED, vm.isStepFilled(i));
        }
    }

    /** What the Reload button does: read the incident as someone else saved it (the wizard's autosave). */
    public void onReload(Runnable reload) {
        reloadButton.setOnAction(e -> reload.run());
    }

    @FXML
    private void onCopyTyped() {
        ClipboardContent text = new ClipboardContent();
        text.putString(vm.setAsideProperty().get());
        Clipboard.getSystemClipboard().setContent(text);
    }

    private void showSaveState() {
        saveIndicator.getStyleClass().remove("failed");
        boolean changedElsewhere = vm.saveStateProperty().get() == SaveState.CHANGED_ELSEWHERE;
        reloadButton.setVisible(changedElsewhere);
        reloadButton.setManaged(changedElsewhere);
        boolean setAside = !changedElsewhere && !vm.setAsideProperty().get().isEmpty();
        copyTypedButton.setVisible(setAside);
        copyTypedButton.setManaged(setAside);
        copyTypedButton.setTooltip(setAside ? new Tooltip(vm.setAsideProperty().get()) : null);
        if (setAside && vm.saveStateProperty().get() == SaveState.SAVED) {
            saveIndicator.setText(messages.get("wizard.reloaded"));
            return;
        }
        switch (vm.saveStateProperty().get()) {
            case SAVED -> saveIndicator.setText(vm.hasUnsavableInput()
                    ? PartlySaved.text(vm.unsavableByStep(), messages) : "\u2713 " + messages.get("wizard.saved"));
            case PENDING -> saveIndicator.setText(messages.get("wizard.unsaved"));
            case SAVING -> saveIndicator.setText(messages.get("wizard.saving"));
            case FAILED -> {
                saveIndicator.setText(messages.get("wizard.saveFailed", vm.saveErrorProperty().get()));
                saveIndicator.getStyleClass().add("failed");
            }
            case CHANGED_ELSEWHERE -> {
                saveIndicator.setText(messages.get("wizard.changedElsewhere", vm.saveErrorProperty().get()));
                saveIndicator.getStyleClass().add("failed");
            }
        }
    }

    /** The clock until customers are first told, the quickest way to tell them, and when the next update is due. */
    private void showNotice() {
        NoticeClock clock = vm.noticeClock();
        noticeClock.setText(noticeTexts.header(clock, vm.reportingCustomer())
                + vm.firstNoticeHow().map(how -> " (" + messages.label("notice.by", how) + ")").orElse(""));
        noticeClock.getStyleClass().removeAll("running", "stopped");
        noticeClock.getStyleClass().add(clock.running() ? "running" : "stopped");
        writeFirst.setVisible(clock.running());
        writeFirst.setManaged(clock.running());
        postUpdate.setVisible(clock.running());
        postUpdate.setManaged(clock.running());
        customersTold.setVisible(clock.running());
        customersTold.setManaged(clock.running());
        boolean told = vm.firstNoticeAt().isPresent();
        changeNotice.setVisible(told);
        changeNotice.setManaged(told);
        updateDue.setText(clock.running() ? "" : noticeTexts.nextUpdate(vm.updateDue(), vm.now()));
        updateDue.getStyleClass().remove("overdue");
        if (vm.updateOverdue()) {
            updateDue.getStyleClass().add("overdue");
        }
        boolean any = !noticeClock.getText().isEmpty() || !updateDue.getText().isEmpty();
        noticeBar.setVisible(any);
        noticeBar.setManaged(any);
    }

    @FXML
    private void onWriteFirst() {
        vm.writeLetter(LetterKind.APOLOGY);
    }

    @FXML
    private void onPostUpdate() {
        vm.goTo(3);
    }

    /** Customers were told some other way than through the app (phone, in person, ...): the owner says when. */
    @FXML
    private void onCustomersTold() {
        askWhenTold(false).ifPresent(t -> vm.customersTold(t.at(), t.how()));
    }

    /** The first notice was recorded at the wrong time or without how: the owner corrects it. */
    @FXML
    private void onChangeNotice() {
        askWhenTold(true).ifPresent(t -> vm.correctFirstNotice(t.at(), t.how()));
    }

    private Optional<CustomersToldDialog.Told> askWhenTold(boolean correcting) {
        Instant now = vm.now();
        return new CustomersToldDialog(noticeBar.getScene().getWindow(), messages, zone, now,
                correcting ? vm.firstNoticeAt().orElse(now) : now, vm.firstNoticeHow(), correcting).showAndWait();
    }

    @FXML
    private void onAllIncidents() {
        onClose.run();
    }

    @FXML
    private void onAdvanceStatus() {
        // "Customers told" is a fact the owner records, with when and how, not just a click.
        if (vm.nextStatus().filter(s -> s == IncidentStatus.CUSTOMERS_TOLD).isPresent()) {
            onCustomersTold();
            return;
        }
        // Marking it fixed (or beyond) offers to record when it was resolved: now, or a time the owner gives.
        if (vm.asksWhenResolved()) {
            Optional<ResolvedDialog.Answer> answer = new ResolvedDialog(advanceStatus.getScene().getWindow(), messages,
                    zone, vm.now(), vm.nextStatus().map(s -> messages.label("status", s)).orElse("")).showAndWait();
            if (answer.isEmpty()) {
                return;
            }
            answer.get().at().ifPresent(at -> vm.resolvedAt(at, answer.get().approximate()));
        }
        List<String> blockers = vm.advanceStatus();
        if (!blockers.isEmpty()) {
            Alert alert = Dialogs.alert(Alert.AlertType.INFORMATION, String.join("\n\n", blockers));
            alert.initOwner(advanceStatus.getScene().getWindow());
            alert.setHeaderText(messages.get("wizard.blocked", vm.nextStatus().map(s -> messages.label("status", s)).orElse("")));
            alert.show();
        }
    }

    /** The step back (a fix that did not hold), shown only when the status has one. */
    private void showMoveBack() {
        moveStatusBack.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.previousStatus().isPresent(),
                vm.statusProperty(), vm.revisionProperty()));
        moveStatusBack.managedProperty().bind(moveStatusBack.visibleProperty());
        moveStatusBack.disableProperty().bind(vm.readOnlyProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> vm.previousStatus()
                .map(s -> messages.get("wizard.moveBack", messages.label("status", s))).orElse(""), vm.statusProperty(),
                vm.revisionProperty()));
        moveStatusBack.setTooltip(tip);
        moveStatusBack.accessibleTextProperty().bind(tip.textProperty());
    }

    @FXML
    private void onMoveStatusBack() {
        vm.previousStatus().ifPresent(to -> {
            String from = messages.label("status", vm.statusProperty().get());
            String back = messages.label("status", to);
            String message = messages.get(vm.movingBackUnresolves() ? "wizard.moveBack.unresolves"
                    : "wizard.moveBack.confirm", from, back);
            if (new Dialogs(moveStatusBack.getScene().getWindow(), messages)
                    .confirm(message, messages.get("wizard.moveBack.go", back))) {
                vm.moveStatusBack();
            }
        });
    }

    @FXML
    private void onEditIncident() {
        vm.unlock();
        Node page = steps.getChildren().get(vm.stepProperty().get());
        firstInput(page).ifPresent(Node::requestFocus);
    }

    @FXML
    private void onBack() {
        vm.back();
    }

    @FXML
    private void onNext() {
        vm.next();
    }
}
