package app.makegood.domain.letters;

import java.time.Instant;
import java.util.List;

/** Mails waiting for the mail server, and those already sent. Every method is one transaction. */
public interface Outbox {

    void queue(OutboxMessage message);

    /** Messages not sent yet, oldest first, across all incidents. */
    List<OutboxMessage> pending();

    /** The incident's messages, sent or not, oldest first. */
    List<OutboxMessage> forIncident(String incidentId);

    void markSent(String id, Instant at);

    /** Withdraws a message not sent yet; a sent one stays, as the record of what went out. */
    void remove(String id);

    /** Counts one more failed attempt and keeps {@code reason}, in plain words, to show the owner. */
    void markFailed(String id, String reason);
}
