package app.makegood.domain.letters;

import app.makegood.domain.LetterKind;
import app.makegood.domain.Ids;
import app.makegood.domain.Text;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail in the outbox: the complete RFC 5322 message as the owner saw it, waiting to go or already sent.
 * The customer's name is kept as it was when queued, like {@link LetterRecord}.
 *
 * @param message  the whole message, headers and body, exactly as it will be handed to the mail server
 * @param attempts how many times sending failed
 */
public record OutboxMessage(
        String id,
        String incidentId,
        String customerId,
        String customerName,
        LetterKind kind,
        String recipient,
        String subject,
        byte[] message,
        Instant queuedAt,
        int attempts,
        Optional<String> lastError,
        Optional<Instant> sentAt) {

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        customerId = Text.orEmpty(customerId);
        customerName = Text.orEmpty(customerName);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        subject = Text.orEmpty(subject);
        message = Objects.requireNonNull(message, "message").clone();
        Objects.requireNonNull(queuedAt, "queuedAt");
        lastError = Objects.requireNonNullElse(lastError, Optional.empty());
        sentAt = Objects.requireNonNullElse(sentAt, Optional.empty());
    }

    /** A message that has not been tried yet. */
    public static OutboxMessage queued(String incidentId, String customerId, String customerName, LetterKind kind,
                                       String recipient, String subject, byte[] message, Instant queuedAt) {
        return new OutboxMessage(Ids.newId(), incidentId, customerId, customerName, kind, recipient, subject,
                message, queuedAt, 0, Optional.empty(), Optional.empty());
    }

    public boolean isSent() {
        return sentAt.isPresent();
    }

    /** A copy, so the stored message cannot be changed behind the outbox's back. */
    @Override
    public byte[] message() {
        return message.clone();
    }

    // A record compares arrays by identity; two outbox rows are equal when their bytes are.
    @Override
    public boolean equals(Object o) {
        return o instanceof OutboxMessage m && id.equals(m.id) && incidentId.equals(m.incidentId)
                && customerId.equals(m.customerId) && customerName.equals(m.customerName) && kind == m.kind
                && recipient.equals(m.recipient) && subject.equals(m.subject) && Arrays.equals(message, m.message)
                && queuedAt.equals(m.queuedAt) && attempts == m.attempts && lastError.equals(m.lastError)
                && sentAt.equals(m.sentAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, incidentId, customerId, customerName, kind, recipient, subject,
                Arrays.hashCode(message), queuedAt, attempts, lastError, sentAt);
    }

    @Override
    public String toString() {
        return "OutboxMessage[id=" + id + ", incidentId=" + incidentId + ", kind=" + kind + ", recipient=" + recipient
                + ", subject=" + subject + ", " + message.length + " bytes, queuedAt=" + queuedAt
                + ", attempts=" + attempts + ", lastError=" + lastError + ", sentAt=" + sentAt + "]";
    }
}
