package app.makegood.domain.letters;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Attachment;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.StatusUpdate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Decides which parts of an incident go into which letter; the wording around them lives in the templates. */
public final class Letters {
    /** A status update letter repeats only the newest news; the full timeline belongs in the postmortem. */
    static final int LATEST_UPDATES = 3;

    private Letters() {
    }

    public static LetterContent compose(LetterKind kind, Incident incident, AffectedCustomer customer,
                                        BusinessProfile from, LocalDate today, Function<BigDecimal, String> money) {
        boolean apology = kind == LetterKind.APOLOGY;
        return new LetterContent(kind, from, today, incident.title().strip(), customer.name().strip(),
                customer.salutation().strip(), customer.reference().strip(),
                apology ? incident.admit().strip() : "",
                kind == LetterKind.STATUS_UPDATE ? "" : incident.thank().strip(),
                apology ? incident.explain().strip() : "",
                kind == LetterKind.STATUS_UPDATE ? latestUpdates(incident.updates()) : List.of(),
                apology ? customer.offerNote().strip() : "",
                apology ? offerValue(customer, money) : "",
                kind == LetterKind.FOLLOW_UP ? changes(incident.actions()) : List.of(),
                from.signOff().strip(), from.signerName().strip(), from.signerRole().strip());
    }

    private static String offerValue(AffectedCustomer customer, Function<BigDecimal, String> money) {
        return customer.offerAmount().filter(amount -> amount.signum() > 0).map(money).orElse("");
    }

    private static List<LetterContent.Update> latestUpdates(List<StatusUpdate> updates) {
        List<StatusUpdate> written = updates.stream().filter(u -> !u.text().isBlank())
                .sorted(Comparator.comparing(StatusUpdate::writtenAt)).toList();
        return written.subList(Math.max(0, written.size() - LATEST_UPDATES), written.size()).stream()
                .map(u -> new LetterContent.Update(u.writtenAt(), u.text().strip())).toList();
    }

    private static List<LetterContent.Change> changes(List<CorrectiveAction> actions) {
        return actions.stream().filter(a -> a.status() == ActionStatus.DONE && !a.description().isBlank())
                .map(a -> new LetterContent.Change(a.description().strip(), a.doneOn(), a.evidenceNote().strip(),
                        a.attachments().stream().map(Attachment::fileName).filter(name -> !name.isBlank()).toList()))
                .toList();
    }
}
