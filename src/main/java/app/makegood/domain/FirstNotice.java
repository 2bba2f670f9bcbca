package app.makegood.domain;

import app.makegood.domain.LetterFormat;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When and how customers first heard from us, and the incident status that follows from it. It is a fact the owner
 * records, never a side effect: a letter saved as a file is not a notice until the owner says it went to the
 * customer. One rule for the window and the command line: {@link #after(Event)}.
 *
 * @param at     when customers were first told; empty while they have not been
 * @param how    how they were told, when known (records from before it was kept have none)
 * @param status the incident status; telling customers moves an open incident to "Customers told"
 */
public record FirstNotice(Optional<Instant> at, Optional<NoticeChannel> how, IncidentStatus status) {

    public FirstNotice {
        at = Objects.requireNonNullElse(at, Optional.empty());
        how = at.isEmpty() ? Optional.empty() : Objects.requireNonNullElse(how, Optional.empty());
        status = Objects.requireNonNullElse(status, IncidentStatus.OPEN);
    }

    public static FirstNotice of(Incident i) {
        return new FirstNotice(i.firstNoticeAt(), i.firstNoticeHow(), i.status());
    }

    /** Something that may have told customers, or the owner correcting the record. */
    public record Event(Kind kind, Instant at, Optional<NoticeChannel> how) {
        public Event {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
            how = Objects.requireNonNullElse(how, Optional.empty());
        }
    }

    public enum Kind {
        /** Customers were told (a mail sent, an update marked sent, the owner saying so). */
        TOLD,
        /** A letter was only written to a file: nobody has been told by it yet. */
        NOT_TOLD,
        /** The owner corrects when and how customers were first told. */
        CORRECTED
    }

    /** A letter left the app: mail is sent; a PDF or email draft counts only when the owner says it went out. */
    public static Event letter(LetterFormat format, Instant at, boolean wentToCustomer) {
        return switch (format) {
            case MAIL -> told(at, NoticeChannel.EMAIL);
            case EML -> new Event(wentToCustomer ? Kind.TOLD : Kind.NOT_TOLD, at, Optional.of(NoticeChannel.EMAIL));
            case PDF -> new Event(wentToCustomer ? Kind.TOLD : Kind.NOT_TOLD, at, Optional.of(NoticeChannel.LETTER));
        };
    }

    /** A status update was marked sent; where it went is free text, so how stays unknown. */
    public static Event updateSent(Instant at) {
        return told(at, null);
    }

    /** The owner says customers were told at {@code at}, by {@code how} (null: not said). */
    public static Event told(Instant at, NoticeChannel how) {
        return new Event(Kind.TOLD, at, Optional.ofNullable(how));
    }

    public static Event corrected(Instant at, NoticeChannel how) {
        return new Event(Kind.CORRECTED, at, Optional.ofNullable(how));
    }

    /**
     * The record after {@code e}. The first notice is the earliest: a later telling changes nothing, an earlier one
     * (say, a phone call recorded after the letters went out) takes its place. A correction replaces it outright.
     * Whenever customers have been told, an open incident moves to "Customers told".
     */
    public FirstNotice after(Event e) {
        return switch (e.kind()) {
            case NOT_TOLD -> this;
            case TOLD -> at.isPresent() && !e.at().isBefore(at.get()) ? new FirstNotice(at, how, told()) : stamped(e);
            case CORRECTED -> stamped(e);
        };
    }

    private FirstNotice stamped(Event e) {
        return new FirstNotice(Optional.of(e.at()), e.how(), told());
    }

    private IncidentStatus told() {
        return status == IncidentStatus.OPEN ? IncidentStatus.CUSTOMERS_TOLD : status;
    }

    /** Whether {@code e} stamps or moves the first notice. */
    public boolean changedBy(Event e) {
        return !after(e).equals(this);
    }
}
