package app.makegood.domain.letters;

import app.makegood.domain.LetterKind;
import app.makegood.domain.ActionStatus;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Attachment;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.OfferState;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.amends.PriceWords;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides which parts of an incident go into which letter; the wording around them lives in the templates. A letter
 * says only what the record holds: the follow-up lists only fixes that are done, mentions only amends the customer
 * accepted, says "we promised" only for a recorded promise and shows an evidence note only when it is marked for
 * customers. A letter that would have nothing true to say is refused ({@link #refusal}).
 */
public final class Letters {
    /** A status update letter repeats only the newest news; the full timeline belongs in the postmortem. */
    static final int LATEST_UPDATES = 3;

    private Letters() {
    }

    /** Why this kind of letter cannot be written for {@code incident} yet, or empty when it can. */
    public static Optional<LetterRefusal> refusal(LetterKind kind, Incident incident) {
        return switch (kind) {
            case APOLOGY -> Optional.empty();
            case STATUS_UPDATE -> incident.updates().stream().allMatch(u -> u.text().isBlank())
                    ? Optional.of(LetterRefusal.NO_UPDATE_WRITTEN) : Optional.empty();
            case FOLLOW_UP -> !fixes(incident.actions()).isEmpty() ? Optional.empty()
                    : incident.actions().stream().anyMatch(a -> a.status() == ActionStatus.DONE
                            && !a.type().isFix()) ? Optional.of(LetterRefusal.ONLY_MITIGATION_DONE)
                    : Optional.of(LetterRefusal.NO_FIX_DONE);
        };
    }

    /**
     * What one customer's letter says. Call {@link #refusal} first: a refused letter composed anyway simply has
     * nothing in the part it exists for.
     */
    public static LetterContent compose(LetterKind kind, Incident incident, AffectedCustomer customer,
                                        BusinessProfile from, LocalDate today, Function<BigDecimal, String> money) {
        boolean apology = kind == LetterKind.APOLOGY;
        boolean followUp = kind == LetterKind.FOLLOW_UP;
        List<CorrectiveAction> fixes = followUp ? fixes(incident.actions()) : List.of();
        return new LetterContent(kind, from, today, incident.title().strip(), customer.name().strip(),
                customer.salutation().strip(), customer.reference().strip(),
                apology ? incident.admit().strip() : "",
                kind == LetterKind.STATUS_UPDATE ? "" : incident.thank().strip(),
                apology ? incident.explain().strip() : "",
                kind == LetterKind.STATUS_UPDATE ? latestUpdates(incident.updates()) : List.of(),
                apology ? customer.offerNote().strip() : "",
                apology ? offerValue(customer, money) : "",
                fixes.stream().map(Letters::change).toList(),
                from.signOff().strip(), from.signerName().strip(), from.signerRole().strip(),
                fixes.stream().anyMatch(a -> Promises.promised(incident, a)),
                followUp ? accepted(customer, money) : Optional.empty(),
                incident.status().compareTo(IncidentStatus.FIXED) < 0);
    }

    /** "€30", or for a recurring offer what it is worth and over what: "€30 (one month free at €30 a month)". */
    private static String offerValue(AffectedCustomer customer, Function<BigDecimal, String> money) {
        return customer.offerAmount().filter(amount -> amount.signum() > 0)
                .map(amount -> PriceWords.offer(customer, money)).orElse("");
    }

    /** Only an offer the customer accepted was given: one merely offered, or declined, is not mentioned. */
    private static Optional<LetterContent.Amends> accepted(AffectedCustomer customer, Function<BigDecimal, String> money) {
        return customer.offerState() == OfferState.ACCEPTED
                ? Optional.of(new LetterContent.Amends(customer.offerKind(), offerValue(customer, money)))
                : Optional.empty();
    }

    private static List<LetterContent.Update> latestUpdates(List<StatusUpdate> updates) {
        List<StatusUpdate> written = updates.stream().filter(u -> !u.text().isBlank())
                .sorted(Comparator.comparing(StatusUpdate::writtenAt)).toList();
        return written.subList(Math.max(0, written.size() - LATEST_UPDATES), written.size()).stream()
                .map(u -> new LetterContent.Update(u.writtenAt(), u.text().strip())).toList();
    }

    /** Done actions that are part of the fix and say what they are: what a follow-up may tell. */
    private static List<CorrectiveAction> fixes(List<CorrectiveAction> actions) {
        return actions.stream().filter(a -> a.fixDone() && !a.description().isBlank()).toList();
    }

    private static LetterContent.Change change(CorrectiveAction a) {
        return new LetterContent.Change(a.description().strip(), a.doneOn(),
                a.evidenceForCustomers() ? a.evidenceNote().strip() : "",
                a.attachments().stream().map(Attachment::fileName).filter(name -> !name.isBlank()).toList());
    }
}
