package app.makegood.export.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one outbox message in a sending run.
 *
 * @param failure why it was not sent, in plain words; empty when it was sent
 */
public record DeliveryResult(String outboxId, String recipient, Optional<String> failure) {

    public DeliveryResult {
        Objects.requireNonNull(outboxId, "outboxId");
        Objects.requireNonNull(recipient, "recipient");
        failure = Objects.requireNonNullElse(failure, Optional.empty());
    }

    static DeliveryResult sent(String outboxId, String recipient) {
        return new DeliveryResult(outboxId, recipient, Optional.empty());
    }

    static DeliveryResult failed(String outboxId, String recipient, String failure) {
        return new DeliveryResult(outboxId, recipient, Optional.of(failure));
    }

    public boolean isSent() {
        return failure.isEmpty();
    }
}
