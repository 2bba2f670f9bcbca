package app.makegood.domain;

import java.util.Locale;

/**
 * Who is "the same customer": the one rule for matching customers across an import, an incident and the whole
 * history. Two customers are the same when their emails are, ignoring case and the spaces around them
 * (" Ann@X.com " is ann@x.com). A customer without an email is never the same as anyone.
 * The database keeps the same key for its lookups (migration V14); SameCustomerLookupTest holds them together.
 */
public final class SameCustomer {
    private SameCustomer() {
    }

    /** The key customers are matched by; empty when there is no email. */
    public static String key(String email) {
        return Text.orEmpty(email).strip().toLowerCase(Locale.ROOT);
    }

    public static boolean same(String email, String other) {
        String k = key(email);
        return !k.isEmpty() && k.equals(key(other));
    }
}
