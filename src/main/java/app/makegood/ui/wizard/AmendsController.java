package app.makegood.ui.wizard;

import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.Validation;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.amends.AmendsTotals;
import app.makegood.domain.amends.SuggestedOffer;
import app.makegood.ui.Choices;
import app.makegood.ui.DetailForm;
import app.makegood.ui.Messages;
import app.makegood.ui.Tables;
import app.makegood.ui.Validators;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/** Step 4: what each customer stands to lose, what they are offered to make it good, and their answer. */
public final class AmendsController {
    @FXML private Label noCustomers;
    @FXML private Label defaultsHint;
    @FXML private TableView<CustomerRow> customers;
    @FXML private TableColumn<CustomerRow, String> nameColumn;
    @FXML private TableColumn<CustomerRow, String> expectedColumn;
    @FXML private TableColumn<CustomerRow, String> stakeColumn;
    @FXML private TableColumn<CustomerRow, String> kindColumn;
    @FXML private TableColumn<CustomerRow, String> amountColumn;
    @FXML private TableColumn<CustomerRow, String> stateColumn;
    @FXML private TableColumn<CustomerRow, String> warningColumn;
    @FXML private Label totals;
    @FXML private VBox offerForm;
    @FXML private Label stake;
    @FXML private Label stakeExplanation;
    @FXML private CheckBox ownFigures;
    @FXML private GridPane figures;
    @FXML private TextField orderValue;
    @FXML private TextField ordersPerYear;
    @FXML private TextField years;
    @FXML private TextField marginPercent;
    @FXML private FlowPane suggestions;
    @FXML private ComboBox<OfferKind> offerKind;
    @FXML private TextField offerAmount;
    @FXML private VBox warnings;
    @FXML private TextArea offerNote;
    @FXML private VBox noteFindings;
    @FXML private ComboBox<OfferState> offerState;

    private WizardViewModel vm;
    private AmendsModel amends;
    private Messages messages;
    private Consumer<AmendsDefaults> saveDefaults;

    void init(WizardViewModel vm, Messages messages, Consumer<AmendsDefaults> saveDefaults) {
        this.vm = vm;
        this.amends = vm.amends();
        this.messages = messages;
        this.saveDefaults = saveDefaults;
        noCustomers.visibleProperty().bind(Bindings.isEmpty(vm.customers()));
        noCustomers.managedProperty().bind(noCustomers.visibleProperty());
        defaultsHint.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> amends.defaultsProperty().get().isUnset(), amends.defaultsProperty()));
        defaultsHint.managedProperty().bind(defaultsHint.visibleProperty());
        Choices.fill(offerKind, messages, "offerKind", OfferKind.class);
        Choices.fill(offerState, messages, "offerState", OfferState.class);
        initTable();
        totals.textProperty().bind(Bindings.createStringBinding(() -> totalsText(amends.totalsProperty().get()),
                amends.totalsProperty(), amends.defaultsProperty()));

        new DetailForm<CustomerRow>(offerForm)
                .field(offerKind.valueProperty(), CustomerRow::offerKindProperty)
                .field(offerAmount.textProperty(), r -> r.offerAmount().textProperty())
                .field(offerNote.textProperty(), CustomerRow::offerNoteProperty)
                .field(offerState.valueProperty(), CustomerRow::offerStateProperty)
                .field(ownFigures.selectedProperty(), CustomerRow::ownFiguresProperty)
                .field(orderValue.textProperty(), r -> r.orderValue().textProperty())
                .field(ordersPerYear.textProperty(), r -> r.ordersPerYear().textProperty())
                .field(years.textProperty(), r -> r.years().textProperty())
                .field(marginPercent.textProperty(), r -> r.marginPercent().textProperty())
                .follow(customers);
        figures.visibleProperty().bind(ownFigures.selectedProperty());
        figures.managedProperty().bind(figures.visibleProperty());
        ownFigures.setOnAction(e -> startOwnFigures());
        stakeExplanation.setVisible(false);
        stakeExplanation.setManaged(false);

        customers.getSelectionModel().selectedItemProperty().addListener(x -> showSelected());
        vm.revisionProperty().addListener(x -> showSelected());
        amends.defaultsProperty().addListener(x -> showSelected());
        showSelected();

        ValidationSupport support = new ValidationSupport();
        Validators rules = new Validators(messages);
        for (TextField amount : new TextField[] {offerAmount, orderValue, ordersPerYear, years, marginPercent}) {
            support.registerValidator(amount, false, rules.money());
        }
    }

    private void initTable() {
        nameColumn.setCellValueFactory(c -> c.getValue().nameProperty());
        expectedColumn.setCellValueFactory(c -> amountText(c.getValue().expectedValue()));
        stakeColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> amends.money().apply(amends.stakeOf(c.getValue()).total()), dependencies(c.getValue())));
        kindColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> messages.label("offerKind", c.getValue().offerKindProperty().get()), c.getValue().offerKindProperty()));
        amountColumn.setCellValueFactory(c -> amountText(c.getValue().offerAmount()));
        stateColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> messages.label("offerState", c.getValue().offerStateProperty().get()), c.getValue().offerStateProperty()));
        warningColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> amends.warnings(c.getValue()).isEmpty() ? "" : "\u26A0", dependencies(c.getValue())));
        Tables.show(customers, vm.customers(), nameColumn);
    }

    /** An amount in the business currency; text that is not an amount yet is shown as typed. */
    private ObservableValue<String> amountText(DecimalInput input) {
        return Bindings.createStringBinding(() -> Validation.parseMoney(input.textProperty().get())
                .map(amends.money()).orElse(input.textProperty().get()), input.textProperty(), amends.defaultsProperty());
    }

    /** What a row's figures depend on: its own fields and the business defaults. */
    private Observable[] dependencies(CustomerRow row) {
        Observable[] own = row.observables();
        Observable[] all = Arrays.copyOf(own, own.length + 1);
        all[own.length] = amends.defaultsProperty();
        return all;
    }

    private String totalsText(AmendsTotals t) {
        var money = amends.money();
        return messages.get("amends.totals", t.customers(), money.apply(t.totalStake()), money.apply(t.totalOffered()),
                money.apply(t.totalAccepted()));
    }

    /** Own figures start as a copy of the business defaults, which the owner then adjusts. */
    private void startOwnFigures() {
        CustomerRow row = customers.getSelectionModel().getSelectedItem();
        if (row != null && ownFigures.isSelected() && row.orderValue().textProperty().get().isBlank()) {
            row.showFigures(amends.defaultsProperty().get().futureValue());
        }
    }

    private void showSelected() {
        CustomerRow row = customers.getSelectionModel().getSelectedItem();
        if (row == null) {
            stake.setText("");
            suggestions.getChildren().clear();
            warnings.getChildren().clear();
            return;
        }
        stake.setText(messages.get("amends.stakeOf", amends.money().apply(amends.stakeOf(row).total())));
        stakeExplanation.setText(String.join("\n", amends.explanation(row)));
        suggestions.getChildren().setAll(amends.suggestions(row).stream().map(s -> suggestionButton(row, s)).toList());
        warnings.getChildren().setAll(amends.warnings(row).stream().map(w -> {
            Label label = new Label("\u26A0 " + w.message());
            label.setWrapText(true);
            label.getStyleClass().add("amends-warning");
            return label;
        }).toList());
        coachNote(row);
    }

    private Button suggestionButton(CustomerRow row, SuggestedOffer offer) {
        Button b = new Button(messages.get("amends.tier." + offer.tier().name()) + "  "
                + amends.money().apply(offer.value()));
        b.getStyleClass().addAll("small", "amends-suggestion");
        b.setId("suggest-" + offer.tier().name().toLowerCase(Locale.ROOT));
        b.setTooltip(new Tooltip(offer.reason()));
        b.setOnAction(e -> row.offerAmount().textProperty().set(offer.value().toPlainString()));
        return b;
    }

    /** The note goes to the customer, so the coach reads it too (shown as a list: the field is plain text). */
    private void coachNote(CustomerRow row) {
        boolean hasAmount = Validation.parseMoney(row.offerAmount().textProperty().get()).isPresent();
        noteFindings.getChildren().setAll(vm.coach().offerNoteFindings(row.offerNoteProperty().get(), hasAmount)
                .stream().map(f -> {
                    Label line = new Label(CoachedTextController.describe(f));
                    line.setWrapText(true);
                    line.getStyleClass().addAll("coach-note-finding", CoachedTextController.styleOf(f));
                    return line;
                }).toList());
    }

    @FXML
    private void onHowStake() {
        stakeExplanation.setVisible(!stakeExplanation.isVisible());
        stakeExplanation.setManaged(stakeExplanation.isVisible());
    }

    @FXML
    private void onBusinessFigures() {
        new BusinessFiguresDialog(customers.getScene().getWindow(), messages, amends.defaultsProperty().get())
                .showAndWait().ifPresent(d -> {
                    amends.defaultsProperty().set(d);
                    saveDefaults.accept(d);
                });
    }

    @FXML
    private void onApplyAll() {
        CustomerRow row = customers.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.applyOfferToAll(row);
        }
    }
}
