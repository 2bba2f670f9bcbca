package app.makegood.domain;

import app.makegood.domain.FutureValueInputs;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer hit by an incident, with what they expected and what we offer to make it good.
 * Text fields are never null (empty means "not filled in yet"). The name and salutation are kept composed (NFC),
 * however they were typed, pasted or imported: this constructor is the one place every way in passes.
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
        Optional<FutureValueInputs> futureValue) {

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
