package app.makegood.store;

import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.Outbox;
import app.makegood.domain.letters.OutboxMessage;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.makegood.store.Jdbc.enumValue;
import static app.makegood.store.Jdbc.instant;
import static app.makegood.store.Jdbc.query;
import static app.makegood.store.Jdbc.update;

/** The outbox in the {@code outbox} table; an incident's mails go when the incident is deleted. */
public final class JdbcOutbox implements Outbox {
    private final DataSource dataSource;

    public JdbcOutbox(Database database) {
        this.dataSource = database.dataSource();
    }

    @Override
    public void queue(OutboxMessage m) {
        Jdbc.inTransaction(dataSource, "MakeGood could not put the mail in the outbox.", c -> update(c,
                "INSERT INTO outbox (id, incident_id, customer_id, customer_name, kind, recipient, subject, message,"
                        + " queued_at, attempts, last_error, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id(), m.incidentId(), m.customerId(), m.customerName(), m.kind(), m.recipient(), m.subject(),
                m.message(), m.queuedAt(), m.attempts(), m.lastError(), m.sentAt()));
    }

    @Override
    public List<OutboxMessage> pending() {
        return Jdbc.inTransaction(dataSource, "MakeGood could not read the outbox.", c -> query(c,
                "SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY queued_at, id", JdbcOutbox::read));
    }

    @Override
    public List<OutboxMessage> forIncident(String incidentId) {
        return Jdbc.inTransaction(dataSource, "MakeGood could not read the incident's mails.", c -> query(c,
                "SELECT * FROM outbox WHERE incident_id = ? ORDER BY queued_at, id", JdbcOutbox::read, incidentId));
    }

    @Override
    public void markSent(String id, Instant at) {
        Jdbc.inTransaction(dataSource, "MakeGood sent the mail but could not mark it as sent.", c -> update(c,
                "UPDATE outbox SET sent_at = ?, last_error = NULL WHERE id = ? AND sent_at IS NULL", at, id));
    }

    @Override
    public void remove(String id) {
        Jdbc.inTransaction(dataSource, "MakeGood could not take the mail out of the outbox.", c -> update(c,
                "DELETE FROM outbox WHERE id = ? AND sent_at IS NULL", id));
    }

    @Override
    public void markFailed(String id, String reason) {
        Jdbc.inTransaction(dataSource, "MakeGood could not record why the mail was not sent.", c -> update(c,
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ? AND sent_at IS NULL", reason, id));
    }

    private static OutboxMessage read(ResultSet rs) throws SQLException {
        return new OutboxMessage(rs.getString("id"), rs.getString("incident_id"), rs.getString("customer_id"),
                rs.getString("customer_name"), enumValue(rs, "kind", LetterKind.class), rs.getString("recipient"),
                rs.getString("subject"), rs.getBytes("message"), instant(rs, "queued_at").orElseThrow(),
                rs.getInt("attempts"), Optional.ofNullable(rs.getString("last_error")), instant(rs, "sent_at"));
    }
}
