package app.makegood.domain;

import app.makegood.domain.FutureValueInputs;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer hit by an incident, with what they expected and what we offer to make it good.
 * Text fields are never null (empty means "not filled in yet"). The name and salutation are kept composed (NFC),
 * however they were typed, pasted or imported: this constructor is the one place every way in passes.
 * {@code expectedPeriod} says how often {@code expectedValue} is paid (a subscription's "€30 a month"); the offer's
 * amount is paid every {@code offerPeriod}, for {@code offerPeriods} of them (always 1 for a one-off offer), so
 * "one month free" is the monthly price for one month. Rows and files from before periods were kept are one-off.
 */
public record AffectedCustomer(
        String id,
        String name,
        String email,
        String expected,
        Optional<BigDecimal> expectedValue,
        OfferKind offerKind,
        Optional<BigDecimal> offerAmount,
        String offerNote,
        OfferState offerState,
        String salutation,
        String reference,
        String notes,
        Optional<FutureValueInputs> futureValue,
        PricePeriod expectedPeriod,
        PricePeriod offerPeriod,
        int offerPeriods) {

    public AffectedCustomer {
        Objects.requireNonNull(id, "id");
        name = Text.composed(name);
        email = Text.orEmpty(email);
        expected = Text.orEmpty(expected);
        expectedValue = Objects.requireNonNullElse(expectedValue, Optional.empty());
        offerKind = Objects.requireNonNullElse(offerKind, OfferKind.REFUND);
        offerAmount = Objects.requireNonNullElse(offerAmount, Optional.empty());
        offerNote = Text.orEmpty(offerNote);
        offerState = Objects.requireNonNullElse(offerState, OfferState.NOT_OFFERED);
        salutation = Text.composed(salutation);
        reference = Text.orEmpty(reference);
        notes = Text.orEmpty(notes);
        futureValue = Objects.requireNonNullElse(futureValue, Optional.empty());
        expectedPeriod = Objects.requireNonNullElse(expectedPeriod, PricePeriod.ONE_OFF);
        offerPeriod = Objects.requireNonNullElse(offerPeriod, PricePeriod.ONE_OFF);
        offerPeriods = offerPeriod.recurs() ? Math.max(1, offerPeriods) : 1;
    }

    /** A customer whose prices are one-off (the form before periods were kept). */
    public AffectedCustomer(String id, String name, String email, String expected, Optional<BigDecimal> expectedValue,
                            OfferKind offerKind, Optional<BigDecimal> offerAmount, String offerNote,
                            OfferState offerState, String salutation, String reference, String notes,
                            Optional<FutureValueInputs> futureValue) {
        this(id, name, email, expected, expectedValue, offerKind, offerAmount, offerNote, offerState, salutation,
                reference, notes, futureValue, PricePeriod.ONE_OFF, PricePeriod.ONE_OFF, 1);
    }

    /** The same customer with these periods for what they pay and what they are offered. */
    public AffectedCustomer withPeriods(PricePeriod expected, PricePeriod offer, int periods) {
        return new AffectedCustomer(id, name, email, this.expected, expectedValue, offerKind, offerAmount, offerNote,
                offerState, salutation, reference, notes, futureValue, expected, offer, periods);
    }

    /**
     * What the offer is worth in all: its amount for each period it runs ("a month free" of a €30 a month service
     * is worth 30; €3 off a month for 12 months is worth 36). Empty while it has no amount.
     */
    public Optional<BigDecimal> offerWorth() {
        return offerAmount.map(a -> a.multiply(BigDecimal.valueOf(offerPeriods)));
    }

    /** This customer's own future-value figures, or the business defaults when the owner set none. */
    public FutureValueInputs futureValueOr(FutureValueInputs defaults) {
        return futureValue.orElse(defaults);
    }

    public static AffectedCustomer named(String name, String email) {
        return new AffectedCustomer(Ids.newId(), name, email, "", Optional.empty(),
                OfferKind.REFUND, Optional.empty(), "", OfferState.NOT_OFFERED, "", "", "",
                Optional.empty());
    }
}
