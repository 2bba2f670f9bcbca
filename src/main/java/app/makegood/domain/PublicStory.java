package app.makegood.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of an incident customers may read on a public page: what went wrong, the updates that were sent, what
 * is being done and, once proven, the fix. Built by leaving out everything private (customers, amounts, owners,
 * notes, whys, evidence, unsent updates) and by replacing any affected customer's name or email still typed in a
 * public text with "a customer".
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
        Redactor r = new Redactor(i);
        List<Update> updates = i.updates().stream().filter(StatusUpdate::sent)
                .sorted(Comparator.comparing(StatusUpdate::writtenAt).reversed())
                .map(u -> new Update(u.writtenAt(), r.apply(u.text()))).filter(u -> !u.text().isBlank()).toList();
        List<Step> steps = i.actions().stream()
                .filter(a -> a.status() != ActionStatus.DROPPED && !a.description().isBlank())
                .map(a -> new Step(r.apply(a.description()), a.status() == ActionStatus.DONE,
                        a.status() == ActionStatus.DONE ? a.doneOn() : Optional.empty()))
                .toList();
        NoticeClock clock = NoticeClock.of(i, i.firstNoticeAt().orElse(i.createdAt()));
        boolean proven = i.status().compareTo(IncidentStatus.FIX_PROVEN) >= 0;
        return new PublicStory(i.id(), r.apply(i.title()), i.status(), clock.from(),
                i.discoveredBy() == Discoverer.CUSTOMER, clock.timeToFirstNotice(), r.apply(i.admit()),
                r.apply(i.explain()), updates, steps, proven);
    }

    /** {@code text} as it may be published about {@code i}: no customer's name or email, no owner's name. */
    public static String redact(Incident i, String text) {
        return new Redactor(i).apply(text);
    }

    /**
     * Replaces affected customers' names, greetings and emails with "a customer", and the owners of corrective
     * actions (staff, as typed) with "our team"; whole words only, any case.
     */
    static final class Redactor {
        private final List<Pattern> patterns = new ArrayList<>();
        private final List<String> replacements = new ArrayList<>();

        Redactor(Incident i) {
            add(customerWords(i.customers()), A_CUSTOMER);
            add(i.actions().stream().map(a -> a.owner()).toList(), OUR_TEAM);
        }

        private static List<String> customerWords(List<AffectedCustomer> customers) {
            List<String> words = new ArrayList<>();
            for (AffectedCustomer c : customers) {
                words.add(c.email());
                words.add(c.name());
                words.add(c.reference());
                // "Dear Anna" greets Anna: the name after the greeting word is hers too.
                String[] greeting = c.salutation().strip().split("\\s+");
                if (greeting.length > 1) {
                    words.add(String.join(" ", java.util.Arrays.copyOfRange(greeting, 1, greeting.length)));
                }
            }
            return words;
        }

        private void add(List<String> words, String replacement) {
            words.stream().map(String::strip).filter(w -> w.length() >= 2).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .forEach(w -> {
                        patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w)
                                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                        replacements.add(replacement);
                    });
        }

        String apply(String text) {
            String out = text;
            for (int n = 0; n < patterns.size(); n++) {
                out = patterns.get(n).matcher(out).replaceAll(Matcher.quoteReplacement(replacements.get(n)));
            }
            return out;
        }
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
