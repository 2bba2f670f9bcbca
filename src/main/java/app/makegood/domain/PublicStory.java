package app.makegood.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The part of an incident customers may read on a public page: what went wrong (the incident's public text, or a
 * default drawn from Explain: see {@link #defaultText}), the updates that were sent, what is being done and, once
 * proven, the fix. Built by leaving out everything private (customers, amounts, owners,
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
        String text,
        List<Update> updates,
        List<Step> steps,
        boolean fixProven,
        boolean restored,
        boolean resolved) {

    /** A sent update, as dated when it was written. */
    public record Update(Instant at, String text) {
    }

    /**
     * A corrective action in public words: what, whether and when it was done, and whether it is part of the fix
     * rather than a stop-gap.
     */
    public record Step(String description, boolean done, Optional<LocalDate> doneOn, boolean fix) {
    }

    public static final String A_CUSTOMER = "a customer";
    public static final String OUR_TEAM = "our team";

    /** Between sentences: after . ! or ? (and a closing quote or bracket), before white space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"')\u2019\u201D]?)\\s+");
    /** Words that address the reader or speak as one person. */
    private static final Pattern TO_ONE_READER = Pattern.compile(
            "(?i:\\b(?:you|your|yours|yourself|yourselves|me|my|mine|myself)\\b)|\\bI\\b");

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
        String text = redact.apply(i.publicText().isBlank() ? defaultText(i.explain()) : i.publicText().strip());
        List<Update> updates = i.updates().stream().filter(StatusUpdate::sent)
                .sorted(Comparator.comparing(StatusUpdate::writtenAt).reversed())
                .map(u -> new Update(u.writtenAt(), redact.apply(u.text()))).filter(u -> !u.text().isBlank()).toList();
        List<Step> steps = i.actions().stream()
                .filter(a -> a.status() != ActionStatus.DROPPED && !a.description().isBlank())
                .map(a -> new Step(redact.apply(a.description()), a.status() == ActionStatus.DONE,
                        a.status() == ActionStatus.DONE ? a.doneOn() : Optional.empty(), a.type().isFix()))
                .toList();
        NoticeClock clock = NoticeClock.of(i, i.firstNoticeAt().orElse(i.createdAt()));
        boolean proven = i.status().compareTo(IncidentStatus.FIX_PROVEN) >= 0;
        return new PublicStory(i.id(), title, i.status(), clock.from(), i.discoveredBy() == Discoverer.CUSTOMER,
                clock.timeToFirstNotice(), text, updates, steps, proven, i.milestones().restoredAt().isPresent(),
                i.milestones().resolvedAt().isPresent());
    }

    /**
     * {@code text} as it may be published about {@code i} (see {@link Redaction}): no customer's name or email, no
     * owner's name, no email, phone number or amount.
     */
    public static String redact(Incident i, String text) {
        return Redaction.of(i).apply(text);
    }

    /**
     * The status in the words the public reads, from what is recorded: the incident's status, and which actions are
     * done, and the restored and resolved times the owner recorded. "We are working on it" only while nothing is in
     * place yet.
     */
    public String publicStatus() {
        if (fixProven || resolved) {
            return "Resolved";
        }
        boolean fixDone = steps.stream().anyMatch(s -> s.done() && s.fix());
        boolean fixPending = steps.stream().anyMatch(s -> !s.done() && s.fix());
        if (status == IncidentStatus.FIXED || fixDone && !fixPending) {
            return "Fixed, and we are checking the fix";
        }
        if (fixDone) {
            return "Part of the fix is in place, and we are working on the rest";
        }
        if (restored) {
            return "The service is back to normal, and we are working on the fix";
        }
        if (steps.stream().anyMatch(Step::done)) {
            return "A temporary measure is in place, and we are working on the fix";
        }
        return "We are working on it";
    }

    /**
     * What the page says happened when the owner wrote no public text: the Explain text, without the sentences written
     * to one customer. A sentence that speaks to the reader ("you", "your") or as one person ("I", "my") is left out
     * rather than rewritten, since guessing a third-person version could change what it says; the Admit text, an
     * apology to one customer, is never used. Line breaks are kept.
     */
    public static String defaultText(String explain) {
        return explain.lines()
                .map(line -> SENTENCE_END.splitAsStream(line.strip())
                        .filter(sentence -> !sentence.isBlank() && !TO_ONE_READER.matcher(sentence).find())
                        .collect(Collectors.joining(" ")))
                .filter(line -> !line.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
