package app.makegood.store;

import app.makegood.domain.Incident;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.Outbox;
import app.makegood.domain.letters.OutboxMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JdbcOutboxTest extends WorkbookTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void messagesWaitUntilSentAndKeepWhyTheyFailed() {
        try (Database db = workbook()) {
            IncidentRepository incidents = new JdbcIncidentRepository(db);
            Incident oven = Incident.blank(T0);
            Incident van = Incident.blank(T0);
            incidents.save(oven);
            incidents.save(van);
            Outbox outbox = new JdbcOutbox(db);
            OutboxMessage later = message(oven, "bob@example.com", T0.plusSeconds(60));
            OutboxMessage first = message(oven, "zoe@example.com", T0);
            OutboxMessage other = message(van, "ann@example.com", T0.plusSeconds(30));
            outbox.queue(later);
            outbox.queue(first);
            outbox.queue(other);
            assertEquals(List.of(first, other, later), outbox.pending());
            assertArrayEquals(first.message(), outbox.pending().get(0).message());

            outbox.markFailed(first.id(), "The mail server refused the connection.");
            outbox.markFailed(first.id(), "The mail server did not answer.");
            outbox.markSent(later.id(), T0.plusSeconds(120));

            OutboxMessage failed = outbox.forIncident(oven.id()).get(0);
            assertEquals(2, failed.attempts());
            assertEquals(Optional.of("The mail server did not answer."), failed.lastError());
            assertEquals(List.of(first.id(), other.id()), outbox.pending().stream().map(OutboxMessage::id).toList());
            OutboxMessage sent = outbox.forIncident(oven.id()).get(1);
            assertEquals(Optional.of(T0.plusSeconds(120)), sent.sentAt());
            assertEquals(true, sent.isSent());
            outbox.remove(sent.id());
            outbox.markFailed(sent.id(), "late");
            assertEquals(sent, outbox.forIncident(oven.id()).get(1), "a sent mail stays as it is");
            outbox.remove(other.id());
            assertEquals(List.of(first.id()), outbox.pending().stream().map(OutboxMessage::id).toList());
            outbox.queue(other);

            incidents.delete(oven.id());
            assertEquals(List.of(), outbox.forIncident(oven.id()));
            assertEquals(List.of(other), outbox.pending());
        }
    }

    private static OutboxMessage message(Incident incident, String recipient, Instant at) {
        return OutboxMessage.queued(incident.id(), "c-" + recipient, "Zoë Müller", LetterKind.APOLOGY, recipient,
                "We are sorry", ("Subject: We are sorry\r\n\r\nHello " + recipient).getBytes(StandardCharsets.UTF_8), at);
    }
}
