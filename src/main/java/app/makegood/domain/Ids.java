package app.makegood.domain;

import java.util.UUID;

/** Identifiers are random UUIDs so that incidents from two copies of the app can be merged. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
