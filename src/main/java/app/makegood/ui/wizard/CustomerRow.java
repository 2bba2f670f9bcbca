package app.makegood.ui.wizard;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Editable state of one affected customer. */
public final class CustomerRow {
    private final String id;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty expected = new SimpleStringProperty("");
    private final MoneyInput expectedValue = new MoneyInput();
    private final ObjectProperty<OfferKind> offerKind = new SimpleObjectProperty<>(OfferKind.REFUND);
    private final MoneyInput offerAmount = new MoneyInput();
    private final StringProperty offerNote = new SimpleStringProperty("");
    private final ObjectProperty<OfferState> offerState = new SimpleObjectProperty<>(OfferState.NOT_OFFERED);
    private final StringProperty salutation = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

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
    }

    public AffectedCustomer toDomain() {
        return new AffectedCustomer(id, name.get(), email.get(), expected.get(), expectedValue.value(),
                offerKind.get(), offerAmount.value(), offerNote.get(), offerState.get(), salutation.get(), reference.get(),
                notes.get());
    }

    /** The properties whose change should trigger an autosave. */
    Observable[] observables() {
        return new Observable[] {name, email, expected, expectedValue.textProperty(), offerKind,
            offerAmount.textProperty(), offerNote, offerState, salutation, reference, notes};
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

    public MoneyInput expectedValue() {
        return expectedValue;
    }

    public ObjectProperty<OfferKind> offerKindProperty() {
        return offerKind;
    }

    public MoneyInput offerAmount() {
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
}
