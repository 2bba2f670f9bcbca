package app.makegood.ui.wizard;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.PricePeriod;
import app.makegood.domain.amends.OfferTerms;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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
    private final ObjectProperty<PricePeriod> expectedPeriod = new SimpleObjectProperty<>(PricePeriod.ONE_OFF);
    private final ObjectProperty<PricePeriod> offerPeriod = new SimpleObjectProperty<>(PricePeriod.ONE_OFF);
    private final CountInput offerPeriods = new CountInput(OfferTerms.MAX_PERIODS);

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
        expectedPeriod.set(c.expectedPeriod());
        offerPeriod.set(c.offerPeriod());
        offerPeriods.set(c.offerPeriods());
    }

    public AffectedCustomer toDomain() {
        return new AffectedCustomer(id, name.get(), email.get(), expected.get(), expectedValue.value(),
                offerKind.get(), offerAmount.value(), offerNote.get(), offerState.get(), salutation.get(), reference.get(),
                notes.get(), ownFigures.get() ? Optional.of(figures()) : Optional.empty(), expectedPeriod.get(),
                offerPeriod.get(), offerPeriods.value());
    }

    /** Sets the offer as a suggestion gives it: an amount, once or for a number of periods. */
    public void offer(OfferTerms terms) {
        offerAmount.set(Optional.of(terms.amount()));
        offerPeriod.set(terms.period());
        offerPeriods.set(terms.periods());
    }

    /**
     * The inputs of this row that are not valid now (so what is on screen is not what is saved), by the wizard step
     * that shows them. Own figures count only while they are used.
     */
    Map<Integer, Long> unsavableByStep() {
        Stream<DecimalInput> figures = ownFigures.get() ? Stream.of(orderValue, ordersPerYear, years, marginPercent)
                : Stream.empty();
        long amends = Stream.concat(Stream.of(offerAmount), figures).filter(m -> !m.isValid()).count()
                + (offerPeriod.get().recurs() && !offerPeriods.isValid() ? 1 : 0);
        return Map.of(WizardViewModel.WHAT_HAPPENED_STEP, expectedValue.isValid() ? 0L : 1L,
                WizardViewModel.AMENDS_STEP, amends);
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
            orderValue.textProperty(), ordersPerYear.textProperty(), years.textProperty(), marginPercent.textProperty(),
            expectedPeriod, offerPeriod, offerPeriods.textProperty()};
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

    public ObjectProperty<PricePeriod> expectedPeriodProperty() {
        return expectedPeriod;
    }

    public ObjectProperty<PricePeriod> offerPeriodProperty() {
        return offerPeriod;
    }

    public CountInput offerPeriods() {
        return offerPeriods;
    }
}
