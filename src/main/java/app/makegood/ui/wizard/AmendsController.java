package app.makegood.ui.wizard;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.PricePeriod;
import app.makegood.domain.Validation;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.amends.AmendsTotals;
import app.makegood.domain.amends.OfferTerms;
import app.makegood.domain.amends.PriceWords;
import app.makegood.domain.amends.SuggestedOffer;
import app.makegood.ui.Choices;
import app.makegood.ui.DetailForm;
import app.makegood.ui.FieldProblem;
import app.makegood.ui.Messages;
import app.makegood.ui.Tables;
import app.makegood.ui.Validators;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
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
import java.util.function.Predicate;

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
    @FXML private ComboBox<PricePeriod> offerPeriod;
    @FXML private Label forLabel;
    @FXML private TextField offerPeriods;
    @FXML private Label periodUnit;
    @FXML private Label offerProblem;
    @FXML private Label offerWorth;
    @FXML private Label figuresProblem;
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
        Choices.fill(offerPeriod, messages, "period", PricePeriod.class);
        initTable();
        totals.textProperty().bind(Bindings.createStringBinding(() -> totalsText(amends.totalsProperty().get()),
                amends.totalsProperty(), amends.defaultsProperty()));

        new DetailForm<CustomerRow>(offerForm)
                .field(offerKind.valueProperty(), CustomerRow::offerKindProperty)
                .field(offerAmount.textProperty(), r -> r.offerAmount().textProperty())
                .field(offerPeriod.valueProperty(), CustomerRow::offerPeriodProperty)
                .field(offerPeriods.textProperty(), r -> r.offerPeriods().textProperty())
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

        validate();
        offerPeriod.valueProperty().addListener(x -> showPeriods());
        offerPeriods.textProperty().addListener(x -> showPeriods());
        showPeriods();
    }

    /** Each invalid figure says what it expects, under the field and to a screen reader, and is marked in red. */
    private void validate() {
        ValidationSupport support = new ValidationSupport();
        Validators rules = new Validators(messages);
        Predicate<String> number = Validation::isMoneyOrBlank;
        FieldProblem offer = new FieldProblem(offerProblem, support, rules)
                .watch(offerAmount, number, messages.get("valid.moneyPeriod"))
                .watch(offerPeriods, t -> !recurs() || CountInput.accepts(t, OfferTerms.MAX_PERIODS),
                        messages.get("valid.periods"));
        offerPeriod.valueProperty().addListener(x -> offer.recheck());
        new FieldProblem(figuresProblem, support, rules)
                .watch(orderValue, number, messages.get("valid.money"))
                .watch(ordersPerYear, number, messages.get("valid.number"))
                .watch(years, number, messages.get("valid.number"))
                .watch(marginPercent, number, messages.get("valid.percent"));
    }

    private boolean recurs() {
        return offerPeriod.getValue() != null && offerPeriod.getValue().recurs();
    }

    /** "for [3] months" only for an offer that recurs. */
    private void showPeriods() {
        for (Node n : new Node[] {forLabel, offerPeriods, periodUnit}) {
            n.setVisible(recurs());
            n.setManaged(recurs());
        }
        if (recurs()) {
            periodUnit.setText(messages.get("amends.periods." + offerPeriod.getValue().name(),
                    CountInput.accepts(offerPeriods.getText(), OfferTerms.MAX_PERIODS)
                            ? Integer.parseInt(offerPeriods.getText().strip()) : 0));
        }
    }

    private void initTable() {
        nameColumn.setCellValueFactory(c -> c.getValue().nameProperty());
        expectedColumn.setCellValueFactory(c -> amountText(c.getValue().expectedValue(), c.getValue().expectedPeriodProperty()));
        stakeColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> amends.money().apply(amends.stakeOf(c.getValue()).total()), dependencies(c.getValue())));
        kindColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> messages.label("offerKind", c.getValue().offerKindProperty().get()), c.getValue().offerKindProperty()));
        amountColumn.setCellValueFactory(c -> amountText(c.getValue().offerAmount(), c.getValue().offerPeriodProperty()));
        stateColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> messages.label("offerState", c.getValue().offerStateProperty().get()), c.getValue().offerStateProperty()));
        warningColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> amends.warnings(c.getValue()).isEmpty() ? "" : "\u26A0", dependencies(c.getValue())));
        Tables.show(customers, vm.customers(), nameColumn);
    }

    /** An amount in the business currency, with its period ("€30.00 a month"); text not an amount yet, as typed. */
    private ObservableValue<String> amountText(DecimalInput input, ObservableValue<PricePeriod> period) {
        return Bindings.createStringBinding(() -> Validation.parseMoney(input.textProperty().get())
                .map(a -> PriceWords.price(a, period.getValue(), amends.money())).orElse(input.textProperty().get()),
                input.textProperty(), period, amends.defaultsProperty());
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
            offerWorth.setVisible(false);
            offerWorth.setManaged(false);
            suggestions.getChildren().clear();
            warnings.getChildren().clear();
            return;
        }
        stake.setText(messages.get("amends.stakeOf", amends.money().apply(amends.stakeOf(row).total())));
        AffectedCustomer customer = row.toDomain();
        boolean worthSaying = customer.offerPeriod().recurs() && customer.offerAmount().isPresent();
        offerWorth.setText(worthSaying ? messages.get("amends.worth", PriceWords.offer(customer, amends.money())) : "");
        offerWorth.setVisible(worthSaying);
        offerWorth.setManaged(worthSaying);
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
        b.setOnAction(e -> row.offer(OfferTerms.of(offer, amends.stakeOf(row))));
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
