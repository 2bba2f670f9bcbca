package app.makegood.domain;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Ids;
import app.makegood.domain.Text;

import java.time.Instant;
import java.util.Objects;

/**
 * One letter that left the app: exported to a file or handed to the mail server. The customer's name is
 * kept as it was then, so the history still reads right after the customer row changes or goes.
 *
 * @param file where it was written, or for a sent mail the recipient address
 */
public record LetterRecord(
        String id,
        String incidentId,
        String customerId,
        String customerName,
        LetterKind kind,
        LetterFormat format,
        String file,
        Instant at) {

    public LetterRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        customerId = Text.orEmpty(customerId);
        customerName = Text.orEmpty(customerName);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        file = Text.orEmpty(file);
        Objects.requireNonNull(at, "at");
    }

    /** A new record of one customer's letter leaving the app now. */
    public static LetterRecord of(String incidentId, AffectedCustomer customer, LetterKind kind, LetterFormat format,
                                  String where, Instant at) {
        return new LetterRecord(Ids.newId(), incidentId, customer.id(), customer.name(), kind, format, where, at);
    }
}
