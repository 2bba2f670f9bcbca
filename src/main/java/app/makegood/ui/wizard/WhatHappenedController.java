package app.makegood.ui.wizard;

import app.makegood.domain.Dates;
import app.makegood.domain.Category;
import app.makegood.domain.Discoverer;
import app.makegood.domain.IncidentTimes;
import app.makegood.domain.Limits;
import app.makegood.domain.Moment;
import app.makegood.domain.PricePeriod;
import app.makegood.domain.SameCustomer;
import app.makegood.domain.Severity;
import app.makegood.domain.Validation;
import app.makegood.domain.amends.PriceWords;
import app.makegood.export.CustomerCsv;
import app.makegood.export.ImportException;
import app.makegood.export.ImportResult;
import app.makegood.ui.Background;
import app.makegood.ui.Choices;
import app.makegood.ui.DetailForm;
import app.makegood.ui.FieldProblem;
import app.makegood.ui.Dialogs;
import app.makegood.ui.Messages;
import app.makegood.ui.Tables;
import app.makegood.ui.TextInputs;
import app.makegood.ui.Validators;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Step 0: the facts of the incident and who was hit. */
public final class WhatHappenedController {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final int MAX_PROBLEMS_SHOWN = 15;

    @FXML private TextField title;
    @FXML private ComboBox<Category> category;
    @FXML private ComboBox<Severity> severity;
    @FXML private DatePicker happenedDate;
    @FXML private TextField happenedTime;
    @FXML private DatePicker discoveredDate;
    @FXML private TextField discoveredTime;
    @FXML private ComboBox<Discoverer> discoveredBy;
    @FXML private CheckBox happenedApproximate;
    @FXML private CheckBox discoveredApproximate;
    @FXML private Label toldAt;
    @FXML private CheckBox toldApproximate;
    @FXML private DatePicker restoredDate;
    @FXML private TextField restoredTime;
    @FXML private CheckBox restoredApproximate;
    @FXML private DatePicker resolvedDate;
    @FXML private TextField resolvedTime;
    @FXML private CheckBox resolvedApproximate;
    @FXML private Label durations;
    @FXML private TableView<CustomerRow> customers;
    @FXML private TableColumn<CustomerRow, String> nameColumn;
    @FXML private TableColumn<CustomerRow, String> emailColumn;
    @FXML private TableColumn<CustomerRow, String> referenceColumn;
    @FXML private TableColumn<CustomerRow, String> expectedColumn;
    @FXML private TableColumn<CustomerRow, String> valueColumn;
    @FXML private TableColumn<CustomerRow, String> earlierColumn;
    @FXML private Button removeCustomer;
    @FXML private VBox customerForm;
    @FXML private TextField customerName;
    @FXML private TextField customerEmail;
    @FXML private TextField customerSalutation;
    @FXML private TextField customerReference;
    @FXML private TextField customerExpected;
    @FXML private TextArea customerNotes;
    @FXML private TextField customerValue;
    @FXML private ComboBox<PricePeriod> customerPeriod;
    @FXML private Label customerValueProblem;

    private WizardViewModel vm;
    private Messages messages;
    private Background background;

    void init(WizardViewModel vm, Messages messages, Background background, ZoneId zone) {
        this.vm = vm;
        this.messages = messages;
        this.background = background;
        customers.setOnKeyPressed(e -> {
            if (PASTE.match(e)) {
                onPasteCustomers();
            }
        });
        TextInputs.limit(title, Limits.TITLE);
        TextInputs.limit(customerName, Limits.NAME);
        TextInputs.limit(customerEmail, Limits.EMAIL);
        title.textProperty().bindBidirectional(vm.titleProperty());
        Choices.fill(category, messages, "category", Category.class);
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        Choices.fill(severity, messages, "severity", Severity.class);
        severity.valueProperty().bindBidirectional(vm.severityProperty());
        Choices.fill(discoveredBy, messages, "discoverer", Discoverer.class);
        discoveredBy.valueProperty().bindBidirectional(vm.discoveredByProperty());
        happenedDate.valueProperty().bindBidirectional(vm.happened().dateProperty());
        happenedTime.textProperty().bindBidirectional(vm.happened().timeProperty());
        discoveredDate.valueProperty().bindBidirectional(vm.discovered().dateProperty());
        discoveredTime.textProperty().bindBidirectional(vm.discovered().timeProperty());
        showTimes(zone);

        nameColumn.setCellValueFactory(c -> c.getValue().nameProperty());
        emailColumn.setCellValueFactory(c -> c.getValue().emailProperty());
        referenceColumn.setCellValueFactory(c -> c.getValue().referenceProperty());
        expectedColumn.setCellValueFactory(c -> c.getValue().expectedProperty());
        valueColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> (c.getValue().expectedValue()
                .textProperty().get() + " " + PriceWords.per(c.getValue().expectedPeriodProperty().get())).strip(),
                c.getValue().expectedValue().textProperty(), c.getValue().expectedPeriodProperty()));
        Choices.fill(customerPeriod, messages, "period", PricePeriod.class);
        earlierColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            Integer n = vm.otherIncidentsByEmail().get(SameCustomer.key(c.getValue().emailProperty().get()));
            return n == null ? "" : messages.get("field.customer.earlier.count", n);
        }, c.getValue().emailProperty(), vm.otherIncidentsByEmail()));
        Tables.show(customers, vm.customers(), expectedColumn);
        new DetailForm<CustomerRow>(customerForm)
                .field(customerName.textProperty(), CustomerRow::nameProperty)
                .field(customerEmail.textProperty(), CustomerRow::emailProperty)
                .field(customerSalutation.textProperty(), CustomerRow::salutationProperty)
                .field(customerReference.textProperty(), CustomerRow::referenceProperty)
                .field(customerExpected.textProperty(), CustomerRow::expectedProperty)
                .field(customerValue.textProperty(), r -> r.expectedValue().textProperty())
                .field(customerPeriod.valueProperty(), CustomerRow::expectedPeriodProperty)
                .field(customerNotes.textProperty(), CustomerRow::notesProperty)
                .follow(customers);
        removeCustomer.disableProperty().bind(customers.getSelectionModel().selectedItemProperty().isNull());

        validate(messages);
    }

    private void validate(Messages messages) {
        Validators rules = new Validators(messages);
        ValidationSupport support = new ValidationSupport();
        support.registerValidator(title, false, Validator.createEmptyValidator(messages.get("valid.required")));
        support.registerValidator(happenedTime, false, rules.text(t -> vm.happened().isTimeValid(), messages.get("valid.time")));
        support.registerValidator(discoveredTime, false, rules.text(t -> vm.discovered().isTimeValid(), messages.get("valid.time")));
        support.registerValidator(discoveredDate, false, (control, value) -> ValidationResult
                .fromErrorIf(control, messages.get("valid.order"),
                        !Validation.inOrder(vm.happened().value(), vm.discovered().value())));
        // The order check depends on two fields: recheck it when either moment changes.
        vm.happened().dateProperty().addListener(x -> support.revalidate(discoveredDate));
        vm.happened().timeProperty().addListener(x -> support.revalidate(discoveredDate));
        vm.discovered().timeProperty().addListener(x -> support.revalidate(discoveredDate));
        for (var later : List.of(Map.entry(restoredDate, vm.restored()), Map.entry(resolvedDate, vm.resolved()))) {
            support.registerValidator(later.getKey(), false, (control, value) -> ValidationResult
                    .fromErrorIf(control, messages.get("valid.order"), !Validation.inOrder(
                            vm.happened().value().or(() -> vm.discovered().value()), later.getValue().value())));
            later.getValue().timeProperty().addListener(x -> support.revalidate(later.getKey()));
        }
        support.registerValidator(restoredTime, false, rules.text(t -> vm.restored().isTimeValid(), messages.get("valid.time")));
        support.registerValidator(resolvedTime, false, rules.text(t -> vm.resolved().isTimeValid(), messages.get("valid.time")));
        support.registerValidator(customerEmail, false, rules.email());
        new FieldProblem(customerValueProblem, support, rules)
                .watch(customerValue, Validation::isMoneyOrBlank, messages.get("valid.moneyPeriod"));
    }

    /** The later times, the estimates and the durations they give, redrawn as any of them changes. */
    private void showTimes(ZoneId zone) {
        restoredDate.valueProperty().bindBidirectional(vm.restored().dateProperty());
        restoredTime.textProperty().bindBidirectional(vm.restored().timeProperty());
        resolvedDate.valueProperty().bindBidirectional(vm.resolved().dateProperty());
        resolvedTime.textProperty().bindBidirectional(vm.resolved().timeProperty());
        Map.of(Moment.STARTED, happenedApproximate, Moment.DISCOVERED, discoveredApproximate, Moment.TOLD,
                toldApproximate, Moment.RESTORED, restoredApproximate, Moment.RESOLVED, resolvedApproximate)
                .forEach((m, box) -> box.selectedProperty().bindBidirectional(vm.approximateProperty(m)));
        toldApproximate.disableProperty().bind(vm.firstNoticeProperty().isNull());
        Dates dates = Dates.local();
        toldAt.textProperty().bind(Bindings.createStringBinding(() -> vm.firstNoticeAt()
                .map(t -> dates.moment(t.atZone(zone))).orElse(messages.get("field.told.none")), vm.firstNoticeProperty()));
        List<Observable> inputs = new ArrayList<>(List.of(vm.firstNoticeProperty()));
        for (DateTimeInput t : List.of(vm.happened(), vm.discovered(), vm.restored(), vm.resolved())) {
            inputs.addAll(List.of(t.dateProperty(), t.timeProperty()));
        }
        for (Moment m : Moment.values()) {
            inputs.add(vm.approximateProperty(m));
        }
        durations.textProperty().bind(Bindings.createStringBinding(this::durationsText, inputs.toArray(Observable[]::new)));
    }

    /** "Time to detect: about 30 min · to tell customers: 25 min · ..." with only what can be measured. */
    private String durationsText() {
        IncidentTimes times = vm.times();
        List<String> parts = new ArrayList<>();
        Map<IncidentTimes.Measure, String> keys = Map.of(IncidentTimes.Measure.DETECT, "durations.detect",
                IncidentTimes.Measure.TELL, "durations.tell", IncidentTimes.Measure.RESTORE, "durations.restore",
                IncidentTimes.Measure.RESOLVE, "durations.resolve");
        for (IncidentTimes.Measure m : IncidentTimes.Measure.values()) {
            times.timeTo(m).ifPresent(span -> parts.add(messages.get(keys.get(m), span.text())));
        }
        if (parts.isEmpty()) {
            return messages.get("durations.none");
        }
        String text = String.join(" \u00b7 ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @FXML
    private void onAddCustomer() {
        CustomerRow row = vm.addCustomer();
        customers.getSelectionModel().select(row);
        customerName.requestFocus();
    }

    @FXML
    private void onImportCustomers() {
        new CsvImportDialog(customers.getScene().getWindow(), messages, background).showAndWait()
                .ifPresent(choice -> report(choice.result(), choice.sameEmailSameCustomer()));
    }

    /** Rows copied from a spreadsheet, with or without their header row. */
    @FXML
    private void onPasteCustomers() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            dialog(Alert.AlertType.INFORMATION, messages.get("csv.paste.empty"));
            return;
        }
        try {
            report(CustomerCsv.fromClipboard(text), true);
        } catch (ImportException e) {
            dialog(Alert.AlertType.WARNING, e.getMessage());
        }
    }

    /** Adds the good rows and tells the owner what was added and which lines could not be read, and why. */
    private void report(ImportResult result, boolean sameEmailSameCustomer) {
        WizardViewModel.ImportSummary summary = vm.addImported(result.customers(), sameEmailSameCustomer);
        StringBuilder text = new StringBuilder(messages.get("csv.done", summary.added(), summary.alreadyHere()));
        result.problems().stream().limit(MAX_PROBLEMS_SHOWN).forEach(p ->
                text.append('\n').append(messages.get("csv.problem", p.line(), p.reason())));
        if (result.problems().size() > MAX_PROBLEMS_SHOWN) {
            text.append('\n').append(messages.get("csv.moreProblems", result.problems().size() - MAX_PROBLEMS_SHOWN));
        }
        dialog(result.problems().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, text.toString());
    }

    private void dialog(Alert.AlertType type, String text) {
        Alert alert = Dialogs.alert(type, text);
        alert.initOwner(customers.getScene().getWindow());
        alert.setHeaderText(null);
        alert.getDialogPane().setId("importReport");
        alert.show();
    }

    @FXML
    private void onRemoveCustomer() {
        Tables.removeSelected(customers, vm.customers());
    }
}
