package app.makegood.service;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Ids;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.letters.OutboxMessage;
import app.makegood.store.LetterLog;

import java.time.Clock;

/**
 * Recording a letter that left the app (a file written, a mail sent), stamped with the clock's time: the same
 * record from the wizard, the outbox and {@code makegood letters}. Whether it was the customers' first notice is
 * {@link SentLetters}'s (and the domain's FirstNotice) concern. Runs off the UI thread.
 */
public final class LetterHistory {
    private final LetterLog log;
    private final Clock clock;

    public LetterHistory(LetterLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** A letter to {@code customer} written to {@code where} (a file) or handed to the owner's mail program. */
    public LetterRecord written(String incidentId, AffectedCustomer customer, LetterKind kind, LetterFormat format,
                                String where) {
        return stored(LetterRecord.of(incidentId, customer, kind, format, where, clock.instant()));
    }

    /** A mail the outbox sent. */
    public LetterRecord mailed(OutboxMessage m) {
        return stored(new LetterRecord(Ids.newId(), m.incidentId(), m.customerId(), m.customerName(), m.kind(),
                LetterFormat.MAIL, m.recipient(), clock.instant()));
    }

    private LetterRecord stored(LetterRecord r) {
        log.record(r);
        return r;
    }
}
