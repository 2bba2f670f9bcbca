package app.makegood.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The part of an incident customers may read on a public page: what went wrong, the updates that were sent, what
 * is being done and, once proven, the fix. Built by leaving out everything private (customers, amounts, owners,
 * notes, whys, evidence, unsent updates) and by passing every public text through {@link Redaction}: customers' and
 * owners' names (whole or in part), emails, phone numbers and amounts still typed in it are replaced.
 */
public record PublicStory(
        String id,
        String title,
        IncidentStatus status,
        Instant startedAt,
        boolean customerToldUs,
        Optional<Duration> timeToFirstNotice,
        String admit,
        String explain,
        List<Update> updates,
        List<Step> steps,
        boolean fixProven) {

    /** A sent update, as dated when it was written. */
    public record Update(Instant at, String text) {
    }

    /** A corrective action in public words: what, and whether and when it was done. */
    public record Step(String description, boolean done, Optional<LocalDate> doneOn) {
    }

    public static final String A_CUSTOMER = "a customer";
    public static final String OUR_TEAM = "our team";

    /** Whether customers were ever told: an incident nobody was told about has no public page. */
    public static boolean isPublic(Incident i) {
        return i.firstNoticeAt().isPresent() || i.updates().stream().anyMatch(StatusUpdate::sent);
    }

    public static PublicStory of(Incident i) {
        return of(i, Redaction.of(i)::apply);
    }

    /** What {@link #of} replaces in the incident's public texts, for the owner to check before publishing. */
    public static List<Replacement> replacements(Incident i) {
        Redaction r = Redaction.of(i);
        List<String> published = new ArrayList<>();
        of(i, text -> {
            published.add(text);
            return r.apply(text);
        });
        return r.replacements(published);
    }

    /** What {@link #of} replaces in these incidents' public pages together (untold incidents have none). */
    public static List<Replacement> replacements(List<Incident> incidents) {
        return Replacement.merge(incidents.stream().filter(PublicStory::isPublic).map(PublicStory::replacements)
                .toList());
    }

    /** The story, with every public text passed through {@code redact}: the one place that says what is public. */
    private static PublicStory of(Incident i, UnaryOperator<String> redact) {
        // In the page's order, so the owner's list of replacements reads top to bottom.
        String title = redact.apply(i.title());
        String admit = redact.apply(i.admit());
        String explain = redact.apply(i.explain());
        List<Update> updates = i.updates().stream().filter(StatusUpdate::sent)
                .sorted(Comparator.comparing(StatusUpdate::writtenAt).reversed())
                .map(u -> new Update(u.writtenAt(), redact.apply(u.text()))).filter(u -> !u.text().isBlank()).toList();
        List<Step> steps = i.actions().stream()
                .filter(a -> a.status() != ActionStatus.DROPPED && !a.description().isBlank())
                .map(a -> new Step(redact.apply(a.description()), a.status() == ActionStatus.DONE,
                        a.status() == ActionStatus.DONE ? a.doneOn() : Optional.empty()))
                .toList();
        NoticeClock clock = NoticeClock.of(i, i.firstNoticeAt().orElse(i.createdAt()));
        boolean proven = i.status().compareTo(IncidentStatus.FIX_PROVEN) >= 0;
        return new PublicStory(i.id(), title, i.status(), clock.from(), i.discoveredBy() == Discoverer.CUSTOMER,
                clock.timeToFirstNotice(), admit, explain, updates, steps, proven);
    }

    /**
     * {@code text} as it may be published about {@code i} (see {@link Redaction}): no customer's name or email, no
     * owner's name, no email, phone number or amount.
     */
    public static String redact(Incident i, String text) {
        return Redaction.of(i).apply(text);
    }

    /** The status in the words the public reads. */
    public String publicStatus() {
        return switch (status) {
            case OPEN, CUSTOMERS_TOLD -> "We are working on it";
            case FIXED -> "Fixed, and we are checking the fix";
            case FIX_PROVEN, CLOSED -> "Resolved";
        };
    }

}
