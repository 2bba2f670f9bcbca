package app.makegood.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A dated message telling customers how things stand while the incident is open. {@code channel} is a short
 * note of where it went ("website", "Instagram", "letters"), empty when not noted.
 */
public record StatusUpdate(String id, Instant writtenAt, String text, boolean sent, String channel) {
    public StatusUpdate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(writtenAt, "writtenAt");
        text = Text.orEmpty(text);
        channel = Text.orEmpty(channel);
    }

    /** An update with no channel noted. */
    public StatusUpdate(String id, Instant writtenAt, String text, boolean sent) {
        this(id, writtenAt, text, sent, "");
    }
}
