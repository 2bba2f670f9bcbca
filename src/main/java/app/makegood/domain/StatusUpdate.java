package app.makegood.domain;

import java.time.Instant;
import java.util.Objects;

/** A dated message telling customers how things stand while the incident is open. */
public record StatusUpdate(String id, Instant writtenAt, String text, boolean sent) {
    public StatusUpdate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(writtenAt, "writtenAt");
        text = Text.orEmpty(text);
    }
}
