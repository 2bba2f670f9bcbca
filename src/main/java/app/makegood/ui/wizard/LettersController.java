package app.makegood.ui.wizard;

import app.makegood.domain.Dates;
import app.makegood.ui.Tables;
import app.makegood.ui.WrittenFiles;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.Limits;
import app.makegood.domain.PublicStory;
import app.makegood.domain.coach.Finding;
import app.makegood.domain.coach.FindingSeverity;
import app.makegood.domain.coach.LetterPart;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.letters.LetterRefusal;
import app.makegood.domain.letters.Letters;
import app.makegood.export.letter.LetterExport;
import app.makegood.export.letter.PdfPages;
import app.makegood.service.LetterHistory;
import app.makegood.ui.Choices;
import app.makegood.ui.ErrorMessages;
import app.makegood.ui.Messages;
import app.makegood.ui.TextInputs;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Letters step: one letter per customer, previewed exactly as the PDF, saved as PDF or email draft,
 * sent, or written for everyone at once; and the history of what went out.
 */
public final class LettersController {
    /** Sharp on ordinary screens; the image is scaled to the pane. */
    private static final float PREVIEW_DPI = 110;

    @FXML private VBox root;
    @FXML private ComboBox<LetterKind> letterKind;
    @FXML private Label kindHint;
    @FXML private ListView<CustomerRow> letterCustomers;
    @FXML private VBox warnings;
    @FXML private Button savePdf;
    @FXML private Button saveEml;
    @FXML private Button sendMail;
    @FXML private CheckBox attachPdf;
    @FXML private Button exportAll;
    @FXML private TableView<LetterRecord> history;
    @FXML private TableColumn<LetterRecord, String> historyWhen;
    @FXML private TableColumn<LetterRecord, String> historyKind;
    @FXML private TableColumn<LetterRecord, String> historyCustomer;
    @FXML private TableColumn<LetterRecord, String> historyHow;
    @FXML private Button openLetter;
    @FXML private Button showLetterFolder;
    @FXML private Label previewStatus;
    @FXML private Button previousPage;
    @FXML private Label pageLabel;
    @FXML private Button nextPage;
    @FXML private StackPane previewFrame;
    @FXML private ImageView preview;
    @FXML private ProgressIndicator rendering;
    @FXML private TextArea publicText;
    @FXML private Button publicTextFromExplain;

    private final LetterPreview previews = new LetterPreview();
    /** The draft on screen is the selected customer's, rendered from what is typed now. */
    private final BooleanProperty draftReady = new SimpleBooleanProperty();
    /** ... and that customer has an email address. */
    private final BooleanProperty mailable = new SimpleBooleanProperty();
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private WizardViewModel vm;
    private Messages messages;
    private LetterServices services;
    private Optional<LetterExport.Draft> draft = Optional.empty();
    private byte[] pdf;
    private int page;
    private int pages;

    void init(WizardViewModel vm, Messages messages, LetterServices services) {
        this.vm = vm;
        this.messages = messages;
        this.services = services;
        Choices.fill(letterKind, messages, "letterKind", LetterKind.class);
        letterKind.setValue(LetterKind.APOLOGY);
        letterKind.valueProperty().addListener(x -> refresh());
        kindHint.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("letterKind." + letterKind.getValue() + ".hint"), letterKind.valueProperty()));
        vm.lettersKindRequest().addListener((obs, old, kind) -> {
            if (kind != null) {
                letterKind.setValue(kind);
                vm.lettersKindRequest().set(null);
            }
        });

        letterCustomers.setItems(vm.customers());
        letterCustomers.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : customerLine(row));
            }
        });
        letterCustomers.getSelectionModel().selectedItemProperty().addListener(x -> refresh());
        services.profile().addListener(profileChanged);

        // Until the new rendering is on screen, a click would save or send the previous customer's letter.
        savePdf.disableProperty().bind(draftReady.not());
        saveEml.disableProperty().bind(mailable.not());
        sendMail.disableProperty().bind(mailable.not().or(sending));
        exportAll.disableProperty().bind(Bindings.isEmpty(vm.customers()));
        previousPage.setDisable(true);
        nextPage.setDisable(true);
        rendering.setVisible(false);
        preview.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(200, previewFrame.getWidth() - 24), previewFrame.widthProperty()));
        initHistory();
        initPublicText();
        root.visibleProperty().addListener((obs, was, shown) -> {
            if (shown && letterCustomers.getSelectionModel().isEmpty() && !vm.customers().isEmpty()) {
                letterCustomers.getSelectionModel().selectFirst(); // refreshes through the selection listener
            } else if (shown) {
                refresh();
            }
        });
    }

    /** The public page's own text; the default it would otherwise use shows greyed while the field is empty. */
    private void initPublicText() {
        publicText.textProperty().bindBidirectional(vm.publicTextProperty());
        TextInputs.limit(publicText, Limits.LONG_TEXT);
        publicText.promptTextProperty().bind(Bindings.createStringBinding(() -> {
            String drawn = PublicStory.defaultText(vm.explainProperty().get());
            // One line: a prompt text cannot hold a line break (JavaFX strips it, and a bound one cannot be changed).
            return drawn.isBlank() ? messages.get("letters.publicText.nothing") : drawn.replace('\n', ' ');
        }, vm.explainProperty()));
        publicTextFromExplain.disableProperty().bind(publicText.textProperty().isNotEmpty());
    }

    @FXML
    private void onPublicTextFromExplain() {
        vm.publicTextProperty().set(PublicStory.defaultText(vm.explainProperty().get()));
        publicText.requestFocus();
    }

    private String customerLine(CustomerRow row) {
        String name = row.nameProperty().get().isBlank() ? messages.get("letters.unnamed") : row.nameProperty().get();
        String email = row.emailProperty().get();
        return name + "  \u2014  " + (email.isBlank() ? messages.get("letters.noEmail") : email);
    }

    private void initHistory() {
        Dates dates = Dates.local();
        historyWhen.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                dates.moment(c.getValue().at().atZone(services.clock().getZone()))));
        historyKind.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label("letterKind", c.getValue().kind())));
        historyCustomer.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().customerName()));
        historyHow.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label("letterFormat", c.getValue().format())
                + ": " + fileName(c.getValue())));
        history.setItems(vm.letters());
        Tables.fit(history, historyHow);
        var noFile = Bindings.createBooleanBinding(() -> selectedFile().isEmpty(),
                history.getSelectionModel().selectedItemProperty());
        openLetter.disableProperty().bind(noFile);
        showLetterFolder.disableProperty().bind(noFile);
    }

    private static String fileName(LetterRecord r) {
        return r.format() == LetterFormat.MAIL ? r.file() : Path.of(r.file()).getFileName().toString();
    }

    private Optional<Path> selectedFile() {
        LetterRecord r = history.getSelectionModel().getSelectedItem();
        return r == null || r.format() == LetterFormat.MAIL ? Optional.empty() : Optional.of(Path.of(r.file()));
    }

    /** Renders the selected customer's letter again; called when anything it shows may have changed. */
    void refresh() {
        if (!root.isVisible()) {
            return;
        }
        CustomerRow row = letterCustomers.getSelectionModel().getSelectedItem();
        BusinessProfile from = services.profile().getValue();
        draft = Optional.empty();
        draftReady.set(false);
        mailable.set(false);
        showWarnings(row, from, List.of());
        if (row == null) {
            draft = Optional.empty();
            preview.setImage(null);
            previewStatus.setText(messages.get(vm.customers().isEmpty() ? "letters.noCustomers" : "letters.pickCustomer"));
            showPages();
            return;
        }
        Incident incident = vm.snapshot();
        AffectedCustomer customer = row.toDomain();
        LetterKind kind = letterKind.getValue();
        Optional<LetterRefusal> refused = Letters.refusal(kind, incident);
        if (refused.isPresent()) {
            preview.setImage(null);
            previewStatus.setText(refused.get().reason());
            pages = 0;
            showPages();
            return;
        }
        LocalDate today = LocalDate.now(services.clock());
        var amends = vm.amends().defaultsProperty().get();
        rendering.setVisible(true);
        previews.request(() -> {
            LetterExport.Draft d = services.letters().draft(kind, incident, customer, from, amends, today);
            byte[] bytes = services.letters().pdf(d);
            return new Rendered(d, bytes, PdfPages.pageCount(bytes), render(bytes, 0));
        }, this::show, e -> {
            rendering.setVisible(false);
            draft = Optional.empty();
            previewStatus.setText(ErrorMessages.plain(e));
        });
    }

    private record Rendered(LetterExport.Draft draft, byte[] pdf, int pages, WritableImage firstPage) {
    }

    private static WritableImage render(byte[] pdf, int page) throws java.io.IOException {
        return LetterPreview.toFx(PdfPages.render(pdf, page, PREVIEW_DPI));
    }

    private void show(Rendered r) {
        rendering.setVisible(false);
        draft = Optional.of(r.draft());
        draftReady.set(true);
        mailable.set(!r.draft().customer().email().isBlank());
        pdf = r.pdf();
        pages = r.pages();
        page = 0;
        preview.setImage(r.firstPage());
        previewStatus.setText(messages.get("letters.previewOf", r.draft().subject()));
        showWarnings(letterCustomers.getSelectionModel().getSelectedItem(), r.draft().from(), r.draft().warnings());
        showPages();
    }

    private void showPages() {
        pageLabel.setText(pages > 1 ? messages.get("letters.page", page + 1, pages) : "");
        previousPage.setDisable(page == 0);
        nextPage.setDisable(page >= pages - 1);
        previousPage.setVisible(pages > 1);
        nextPage.setVisible(pages > 1);
    }

    private void turnTo(int target) {
        if (rendering.isVisible()) {
            return; // a new rendering is on its way and starts at its first page
        }
        byte[] bytes = pdf;
        page = target;
        showPages();
        previews.request(() -> render(bytes, target), preview::setImage,
                e -> previewStatus.setText(ErrorMessages.plain(e)));
    }

    @FXML
    private void onPreviousPage() {
        turnTo(Math.max(0, page - 1));
    }

    @FXML
    private void onNextPage() {
        turnTo(Math.min(pages - 1, page + 1));
    }

    private void showWarnings(CustomerRow row, BusinessProfile from, List<String> problems) {
        warnings.getChildren().clear();
        if (!from.isReadyForLetters()) {
            Hyperlink link = new Hyperlink(messages.get("letters.profileMissing"));
            link.setId("letterProfileLink");
            link.setOnAction(e -> services.editProfile().run());
            link.setWrapText(true);
            warnings.getChildren().add(link);
        }
        if (row != null && row.emailProperty().get().isBlank()) {
            warnings.getChildren().add(warning(messages.get("letters.customerNoEmail")));
        }
        coachWarning().ifPresent(w -> warnings.getChildren().add(w));
        problems.forEach(p -> warnings.getChildren().add(warning(p)));
    }

    /** What the coach still sees in the letter's texts, slips named, so nothing goes out unnoticed. */
    private Optional<Label> coachWarning() {
        List<Finding> seen = Stream.of(LetterPart.ADMIT, LetterPart.THANK, LetterPart.EXPLAIN)
                .flatMap(part -> vm.coach().findings(part).stream()).toList();
        long problems = seen.stream().filter(f -> f.severity() == FindingSeverity.PROBLEM).count();
        List<String> slips = seen.stream().filter(f -> f.severity() == FindingSeverity.LANGUAGE)
                .map(f -> "\u201C" + f.text() + "\u201D").distinct().toList();
        if (problems == 0 && slips.isEmpty()) {
            return Optional.empty();
        }
        Label label = warning(messages.get("letters.coach", problems, slips.size(), String.join(", ", slips)));
        label.setId("letterCoachWarning");
        return Optional.of(label);
    }

    private static Label warning(String text) {
        Label label = new Label("\u26A0 " + text);
        label.setWrapText(true);
        label.getStyleClass().add("letter-warning");
        return label;
    }

    @FXML
    private void onSavePdf() {
        save(LetterFormat.PDF, "*.pdf", (d, file) -> services.letters().writePdf(d, file));
    }

    @FXML
    private void onSaveEml() {
        boolean attach = attachPdf.isSelected();
        save(LetterFormat.EML, "*.eml", (d, file) -> services.letters().writeEml(d, attach, file));
    }

    @FunctionalInterface
    private interface DraftWriter {
        void write(LetterExport.Draft draft, Path file) throws Exception;
    }

    private void save(LetterFormat format, String pattern, DraftWriter writer) {
        if (draft.isEmpty()) {
            return;
        }
        LetterExport.Draft d = draft.get();
        String extension = pattern.substring(1);
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(
                messages.label("letterFormat", format), pattern);
        services.files().save(root.getScene().getWindow(), d.fileStem() + extension, filter).ifPresent(file ->
                services.background().run(() -> {
                    writer.write(d, file);
                    return recorded(d, format, file.toString());
                }).onSuccess(r -> {
                    vm.letters().add(r);
                    previewStatus.setText(messages.get("letters.saved", file.getFileName()));
                    askIfWentOut(List.of(r));
                }).onError(e -> previewStatus.setText(ErrorMessages.plain(e))).start());
    }

    /**
     * A saved file tells nobody: only the owner knows whether it went to the customer, so ask (No unless they say
     * Yes). Not asked once customers were told, since a letter saved now cannot be the first notice.
     */
    private void askIfWentOut(List<LetterRecord> saved) {
        if (saved.isEmpty() || vm.firstNoticeAt().isPresent()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("letters.wentOut.detail"));
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get(saved.size() == 1 ? "letters.wentOut.one" : "letters.wentOut.many"));
        ButtonType yes = new ButtonType(messages.get("letters.wentOut.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("letters.wentOut.no"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(yes, no);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        if (alert.showAndWait().filter(yes::equals).isPresent()) {
            saved.forEach(vm::letterWentOut);
        }
    }

    /** Stores the record of a letter that just left the app; runs off the UI thread. */
    private LetterRecord recorded(LetterExport.Draft d, LetterFormat format, String where) {
        return new LetterHistory(services.log(), services.clock())
                .written(vm.id(), d.customer(), d.kind(), format, where);
    }

    @FXML
    private void onSend() {
        draft.ifPresent(d -> {
            sending.set(true);
            services.mail().send(List.of(d), attachPdf.isSelected(), previewStatus::setText, () -> sending.set(false));
        });
    }

    @FXML
    private void onExportAll() {
        Incident incident = vm.snapshot();
        Optional<LetterRefusal> refused = Letters.refusal(letterKind.getValue(), incident);
        if (refused.isPresent()) {
            previewStatus.setText(refused.get().reason());
            return;
        }
        new LetterBatchDialog(root.getScene().getWindow(), messages, services, letterKind.getValue(), incident,
                vm.amends().defaultsProperty().get(), attachPdf.isSelected(),
                (d, written) -> recorded(d, written.format(), written.file().toString()))
                .showAndWait().ifPresent(saved -> {
                    vm.letters().addAll(saved);
                    askIfWentOut(saved.stream().filter(r -> r.format() != LetterFormat.MAIL).toList());
                });
    }

    @FXML
    private void onEditTemplate() {
        services.editTemplate().accept(letterKind.getValue());
        refresh();
    }

    @FXML
    private void onOpenLetter() {
        if (!selectedFile().map(new WrittenFiles(services.openFile())::open).orElse(false)) {
            previewStatus.setText(messages.get("letters.fileGone"));
        }
    }

    @FXML
    private void onShowFolder() {
        if (!selectedFile().map(new WrittenFiles(services.openFile())::showFolder).orElse(false)) {
            previewStatus.setText(messages.get("letters.fileGone"));
        }
    }

    /** Kept to be removed: the profile outlives this page, and a restore sets it after the page has gone. */
    private final InvalidationListener profileChanged = x -> refresh();

    void dispose() {
        services.profile().removeListener(profileChanged);
        previews.dispose();
    }
}
