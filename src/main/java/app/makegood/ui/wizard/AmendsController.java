package app.makegood.ui.wizard;

import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.Validation;
import app.makegood.domain.coach.FindingSeverity;
import app.makegood.ui.Choices;
import app.makegood.ui.DetailForm;
import app.makegood.ui.Messages;
import app.makegood.ui.Validators;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Step 4: what each customer is offered to make it good, and their answer. */
public final class AmendsController {
    @FXML private Label noCustomers;
    @FXML private TableView<CustomerRow> customers;
    @FXML private TableColumn<CustomerRow, String> nameColumn;
    @FXML private TableColumn<CustomerRow, String> expectedColumn;
    @FXML private TableColumn<CustomerRow, String> kindColumn;
    @FXML private TableColumn<CustomerRow, String> amountColumn;
    @FXML private TableColumn<CustomerRow, String> stateColumn;
    @FXML private VBox offerForm;
    @FXML private ComboBox<OfferKind> offerKind;
    @FXML private TextField offerAmount;
    @FXML private TextArea offerNote;
    @FXML private VBox noteFindings;
    @FXML private ComboBox<OfferState> offerState;
    @FXML private Button applyAll;

    private WizardViewModel vm;

    void init(WizardViewModel vm, Messages messages) {
        this.vm = vm;
        noCustomers.visibleProperty().bind(Bindings.isEmpty(vm.customers()));
        noCustomers.managedProperty().bind(noCustomers.visibleProperty());
        Choices.fill(offerKind, messages, "offerKind", OfferKind.class);
        Choices.fill(offerState, messages, "offerState", OfferState.class);

        nameColumn.setCellValueFactory(c -> c.getValue().nameProperty());
        expectedColumn.setCellValueFactory(c -> c.getValue().expectedValue().textProperty());
        kindColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> messages.label("offerKind", c.getValue().offerKindProperty().get()), c.getValue().offerKindProperty()));
        amountColumn.setCellValueFactory(c -> c.getValue().offerAmount().textProperty());
        stateColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> messages.label("offerState", c.getValue().offerStateProperty().get()), c.getValue().offerStateProperty()));
        customers.setItems(vm.customers());

        new DetailForm<CustomerRow>(offerForm)
                .field(offerKind.valueProperty(), CustomerRow::offerKindProperty)
                .field(offerAmount.textProperty(), r -> r.offerAmount().textProperty())
                .field(offerNote.textProperty(), CustomerRow::offerNoteProperty)
                .field(offerState.valueProperty(), CustomerRow::offerStateProperty)
                .follow(customers);

        offerNote.textProperty().addListener(x -> coachNote());
        offerAmount.textProperty().addListener(x -> coachNote());
        coachNote();

        ValidationSupport support = new ValidationSupport();
        support.registerValidator(offerAmount, false, new Validators(messages).money());
    }

    /** The note goes to the customer, so the coach reads it too (shown as a list: the field is plain text). */
    private void coachNote() {
        String note = offerNote.getText() == null ? "" : offerNote.getText();
        boolean hasAmount = Validation.parseMoney(offerAmount.getText()).isPresent();
        noteFindings.getChildren().setAll(vm.coach().offerNoteFindings(note, hasAmount).stream().map(f -> {
            Label line = new Label((f.text().isEmpty() ? "" : "\u201C" + f.text() + "\u201D \u2014 ") + f.message());
            line.setWrapText(true);
            line.getStyleClass().addAll("coach-note-finding",
                    f.severity() == FindingSeverity.PROBLEM ? "coach-problem" : "coach-suggestion");
            return line;
        }).toList());
    }

    @FXML
    private void onApplyAll() {
        CustomerRow row = customers.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.applyOfferToAll(row);
        }
    }
}
