package app.makegood.ui.wizard;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.FutureValueInputs;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.Optional;

/** Editable state of one affected customer. */
public final class CustomerRow {
    private final String id;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty expected = new SimpleStringProperty("");
    private final DecimalInput expectedValue = new DecimalInput();
    private final ObjectProperty<OfferKind> offerKind = new SimpleObjectProperty<>(OfferKind.REFUND);
    private final DecimalInput offerAmount = new DecimalInput();
    private final StringProperty offerNote = new SimpleStringProperty("");
    private final ObjectProperty<OfferState> offerState = new SimpleObjectProperty<>(OfferState.NOT_OFFERED);
    private final StringProperty salutation = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty ownFigures = new SimpleBooleanProperty();
    private final DecimalInput orderValue = new DecimalInput();
    private final DecimalInput ordersPerYear = new DecimalInput();
    private final DecimalInput years = new DecimalInput();
    private final DecimalInput marginPercent = new DecimalInput();

    public CustomerRow(AffectedCustomer c) {
        id = c.id();
        name.set(c.name());
        email.set(c.email());
        expected.set(c.expected());
        expectedValue.set(c.expectedValue());
        offerKind.set(c.offerKind());
        offerAmount.set(c.offerAmount());
        offerNote.set(c.offerNote());
        offerState.set(c.offerState());
        salutation.set(c.salutation());
        reference.set(c.reference());
        notes.set(c.notes());
        ownFigures.set(c.futureValue().isPresent());
        c.futureValue().ifPresent(this::showFigures);
    }

    public AffectedCustomer toDomain() {
        return new AffectedCustomer(id, name.get(), email.get(), expected.get(), expectedValue.value(),
                offerKind.get(), offerAmount.value(), offerNote.get(), offerState.get(), salutation.get(), reference.get(),
                notes.get(), ownFigures.get() ? Optional.of(figures()) : Optional.empty());
    }

    /** Starts this customer's own figures from the business defaults, ready to change. */
    public void showFigures(FutureValueInputs inputs) {
        orderValue.set(Optional.of(inputs.averageOrderValue()));
        ordersPerYear.set(Optional.of(inputs.ordersPerYear()));
        years.set(Optional.of(inputs.expectedYears()));
        marginPercent.set(Optional.of(inputs.margin().movePointRight(2)));
    }

    private FutureValueInputs figures() {
        return new FutureValueInputs(orderValue.value().orElse(BigDecimal.ZERO),
                ordersPerYear.value().orElse(BigDecimal.ZERO), years.value().orElse(BigDecimal.ZERO),
                marginPercent.value().orElse(BigDecimal.ZERO).movePointLeft(2).min(BigDecimal.ONE));
    }

    /** The properties whose change should trigger an autosave. */
    Observable[] observables() {
        return new Observable[] {name, email, expected, expectedValue.textProperty(), offerKind,
            offerAmount.textProperty(), offerNote, offerState, salutation, reference, notes, ownFigures,
            orderValue.textProperty(), ordersPerYear.textProperty(), years.textProperty(), marginPercent.textProperty()};
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty expectedProperty() {
        return expected;
    }

    public DecimalInput expectedValue() {
        return expectedValue;
    }

    public ObjectProperty<OfferKind> offerKindProperty() {
        return offerKind;
    }

    public DecimalInput offerAmount() {
        return offerAmount;
    }

    public StringProperty offerNoteProperty() {
        return offerNote;
    }

    public ObjectProperty<OfferState> offerStateProperty() {
        return offerState;
    }

    public StringProperty salutationProperty() {
        return salutation;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty ownFiguresProperty() {
        return ownFigures;
    }

    public DecimalInput orderValue() {
        return orderValue;
    }

    public DecimalInput ordersPerYear() {
        return ordersPerYear;
    }

    public DecimalInput years() {
        return years;
    }

    public DecimalInput marginPercent() {
        return marginPercent;
    }
}
