package app.makegood.export;

import app.makegood.domain.Limits;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The customer fields a column can fill, in the order of the customer table's columns (salutation and notes,
 * which only the detail form shows, come last), with the longest text each takes and the header names each
 * is recognised by.
 */
public enum CustomerField {
    NAME(Limits.NAME, "The name", "name", "full name", "customer", "customer name", "client"),
    EMAIL(Limits.EMAIL, "The email address", "email", "e mail", "email address", "e mail address", "mail"),
    REFERENCE(Limits.SHORT_TEXT, "The reference", "reference", "ref", "order reference", "order number",
            "booking reference", "booking number"),
    EXPECTED(Limits.SHORT_TEXT, "What they expected", "order", "booking", "product"),
    EXPECTED_VALUE(Limits.SHORT_TEXT, "The amount", "amount", "total", "value", "price", "paid"),
    SALUTATION(Limits.SHORT_TEXT, "The salutation", "salutation", "greeting"),
    NOTES(Limits.LONG_TEXT, "The note", "notes", "note", "comment", "comments");

    private final int maxLength;
    private final String description;
    private final Set<String> headers;

    CustomerField(int maxLength, String description, String... headers) {
        this.maxLength = maxLength;
        this.description = description;
        this.headers = Set.of(headers);
    }

    /** Whether a header names this field, ignoring case, punctuation and spacing ("E-Mail", "Total (€)"). */
    boolean recognises(String header) {
        return headers.contains(header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
    }

    /** Why a value cannot be imported because of its length; empty when it fits. */
    Optional<String> tooLong(String value) {
        return value.length() > maxLength
                ? Optional.of(description + " is longer than " + maxLength + " characters.")
                : Optional.empty();
    }
}
