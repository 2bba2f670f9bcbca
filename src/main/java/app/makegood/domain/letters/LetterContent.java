package app.makegood.domain.letters;

import app.makegood.domain.LetterKind;
import app.makegood.domain.OfferKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one letter to one customer says, decided before any template sees it. Parts that do not belong to
 * this kind of letter, or that the owner left empty, are empty strings or lists: templates leave them out.
 *
 * @param greeting     the owner's own greeting for this customer ("Dear Zoë"), or empty: the template then
 *                     writes its standard greeting with {@code customerName}
 * @param offerValue   the offer's amount already formatted as money, or empty
 * @param updates      dated status updates, oldest first
 * @param changes      done actions that are part of the fix (never a stop-gap), for the follow-up letter
 * @param promised     whether customers were promised one of these changes (see {@link Promises}): only then may
 *                     a letter say "we promised"
 * @param amends       the amends this customer accepted, for the follow-up letter; empty when none was accepted
 * @param stillOpen    whether the incident is still being worked on, so an update may say more news will follow
 */
public record LetterContent(
        LetterKind kind,
        BusinessProfile from,
        LocalDate date,
        String incidentTitle,
        String customerName,
        String greeting,
        String reference,
        String admit,
        String thank,
        String explain,
        List<Update> updates,
        String offerNote,
        String offerValue,
        List<Change> changes,
        String signOff,
        String signerName,
        String signerRole,
        boolean promised,
        Optional<Amends> amends,
        boolean stillOpen) {

    public LetterContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(date, "date");
        updates = List.copyOf(updates);
        changes = List.copyOf(changes);
        amends = Objects.requireNonNullElse(amends, Optional.empty());
    }

    /** Amends a customer accepted: what form they took, and their value already formatted as money, or empty. */
    public record Amends(OfferKind kind, String value) {
        public Amends {
            Objects.requireNonNull(kind, "kind");
            value = Objects.requireNonNullElse(value, "");
        }
    }

    /** A status update as the customer reads it: when it was written and what it said. */
    public record Update(Instant at, String text) {
    }

    /**
     * One thing the business changed, when it was done and the evidence files that show it. The evidence note is
     * empty unless the owner marked it for customers: evidence notes are internal by default.
     */
    public record Change(String description, Optional<LocalDate> doneOn, String evidenceNote, List<String> files) {
        public Change {
            files = List.copyOf(files);
        }
    }
}
