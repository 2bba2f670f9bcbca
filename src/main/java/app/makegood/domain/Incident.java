package app.makegood.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the owner records about one thing that went wrong, step by step through the wizard:
 * what happened, the admission, the thanks, the explanation and updates, the amends and the proof of the fix.
 * Text fields are never null; an unfinished incident simply has empty ones. {@code dismissedFindings} holds
 * the keys of apology-coach findings the owner chose to ignore for this incident. {@code nextUpdateDue} is when
 * customers should next hear how things stand, while the incident is open. {@code firstNoticeHow} is how customers
 * were first told (see {@link FirstNotice}); empty while they have not been, or when it was not recorded.
 * {@code postmortemNotes} holds the postmortem sections the owner writes beside the five whys.
 * {@code milestones} holds when the service was restored and the incident resolved, which times are estimates, and
 * the zone they were recorded in (see {@link IncidentTimes} for the durations).
 * {@code publicText} is what the public incident page says happened, written for everyone rather than one customer;
 * empty means the page uses {@link PublicStory#defaultText} (drawn from the Explain text).
 */
public record Incident(
        String id,
        String title,
        Category category,
        Severity severity,
        IncidentStatus status,
        Optional<Instant> happenedAt,
        Optional<Instant> discoveredAt,
        Discoverer discoveredBy,
        Optional<Instant> firstNoticeAt,
        String admit,
        String thank,
        String explain,
        List<StatusUpdate> updates,
        List<AffectedCustomer> customers,
        String problem,
        List<WhyStep> whys,
        List<CorrectiveAction> actions,
        Optional<LocalDate> followUpDue,
        Instant createdAt,
        List<String> dismissedFindings,
        Optional<Instant> nextUpdateDue,
        Optional<NoticeChannel> firstNoticeHow,
        PostmortemNotes postmortemNotes,
        Milestones milestones,
        String publicText) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        title = Text.composed(title);
        category = Objects.requireNonNullElse(category, Category.OTHER);
        severity = Objects.requireNonNullElse(severity, Severity.MODERATE);
        status = Objects.requireNonNullElse(status, IncidentStatus.OPEN);
        happenedAt = Objects.requireNonNullElse(happenedAt, Optional.empty());
        discoveredAt = Objects.requireNonNullElse(discoveredAt, Optional.empty());
        discoveredBy = Objects.requireNonNullElse(discoveredBy, Discoverer.US);
        firstNoticeAt = Objects.requireNonNullElse(firstNoticeAt, Optional.empty());
        admit = Text.orEmpty(admit);
        thank = Text.orEmpty(thank);
        explain = Text.orEmpty(explain);
        updates = List.copyOf(Objects.requireNonNullElse(updates, List.of()));
        customers = List.copyOf(Objects.requireNonNullElse(customers, List.of()));
        problem = Text.orEmpty(problem);
        whys = List.copyOf(Objects.requireNonNullElse(whys, List.of()));
        actions = List.copyOf(Objects.requireNonNullElse(actions, List.of()));
        followUpDue = Objects.requireNonNullElse(followUpDue, Optional.empty());
        // Sorted and distinct: a set in meaning, a stable order in files.
        dismissedFindings = Objects.requireNonNullElse(dismissedFindings, List.<String>of()).stream()
                .sorted().distinct().toList();
        nextUpdateDue = Objects.requireNonNullElse(nextUpdateDue, Optional.empty());
        firstNoticeHow = firstNoticeAt.isEmpty() ? Optional.empty()
                : Objects.requireNonNullElse(firstNoticeHow, Optional.empty());
        postmortemNotes = Objects.requireNonNullElse(postmortemNotes, PostmortemNotes.EMPTY);
        milestones = Objects.requireNonNullElse(milestones, Milestones.NONE);
        publicText = Text.orEmpty(publicText);
    }

    /** The same incident with other restored and resolved times, estimates or zone. */
    public Incident withMilestones(Milestones m) {
        return new Incident(id, title, category, severity, status, happenedAt, discoveredAt, discoveredBy,
                firstNoticeAt, admit, thank, explain, updates, customers, problem, whys, actions, followUpDue, createdAt,
                dismissedFindings, nextUpdateDue, firstNoticeHow, postmortemNotes, m, publicText);
    }

    /** An incident without postmortem notes or public text (the form before they were kept). */
    public Incident(String id, String title, Category category, Severity severity, IncidentStatus status,
                    Optional<Instant> happenedAt, Optional<Instant> discoveredAt, Discoverer discoveredBy,
                    Optional<Instant> firstNoticeAt, String admit, String thank, String explain,
                    List<StatusUpdate> updates, List<AffectedCustomer> customers, String problem, List<WhyStep> whys,
                    List<CorrectiveAction> actions, Optional<LocalDate> followUpDue, Instant createdAt,
                    List<String> dismissedFindings, Optional<Instant> nextUpdateDue,
                    Optional<NoticeChannel> firstNoticeHow) {
        this(id, title, category, severity, status, happenedAt, discoveredAt, discoveredBy, firstNoticeAt, admit,
                thank, explain, updates, customers, problem, whys, actions, followUpDue, createdAt, dismissedFindings,
                nextUpdateDue, firstNoticeHow, PostmortemNotes.EMPTY, Milestones.NONE, "");
    }

    /** The same incident with the owner's postmortem notes. */
    public Incident withPostmortemNotes(PostmortemNotes notes) {
        return new Incident(id, title, category, severity, status, happenedAt, discoveredAt, discoveredBy,
                firstNoticeAt, admit, thank, explain, updates, customers, problem, whys, actions, followUpDue, createdAt,
                dismissedFindings, nextUpdateDue, firstNoticeHow, notes, milestones, publicText);
    }

    /** The same incident with this text for its public page. */
    public Incident withPublicText(String text) {
        return new Incident(id, title, category, severity, status, happenedAt, discoveredAt, discoveredBy,
                firstNoticeAt, admit, thank, explain, updates, customers, problem, whys, actions, followUpDue, createdAt,
                dismissedFindings, nextUpdateDue, firstNoticeHow, postmortemNotes, milestones, text);
    }

    /** An incident with no record of how customers were first told (the form before it was kept). */
    public Incident(String id, String title, Category category, Severity severity, IncidentStatus status,
                    Optional<Instant> happenedAt, Optional<Instant> discoveredAt, Discoverer discoveredBy,
                    Optional<Instant> firstNoticeAt, String admit, String thank, String explain,
                    List<StatusUpdate> updates, List<AffectedCustomer> customers, String problem, List<WhyStep> whys,
                    List<CorrectiveAction> actions, Optional<LocalDate> followUpDue, Instant createdAt,
                    List<String> dismissedFindings, Optional<Instant> nextUpdateDue) {
        this(id, title, category, severity, status, happenedAt, discoveredAt, discoveredBy, firstNoticeAt, admit,
                thank, explain, updates, customers, problem, whys, actions, followUpDue, createdAt, dismissedFindings,
                nextUpdateDue, Optional.empty());
    }

    /** The same incident with the first notice (its time, how, and the status it brings) from {@code n}. */
    public Incident withFirstNotice(FirstNotice n) {
        return new Incident(id, title, category, severity, n.status(), happenedAt, discoveredAt, discoveredBy,
                n.at(), admit, thank, explain, updates, customers, problem, whys, actions, followUpDue, createdAt,
                dismissedFindings, nextUpdateDue, n.how(), postmortemNotes, milestones, publicText);
    }

    /** An incident with no next update planned yet (the form before update cadence existed). */
    public Incident(String id, String title, Category category, Severity severity, IncidentStatus status,
                    Optional<Instant> happenedAt, Optional<Instant> discoveredAt, Discoverer discoveredBy,
                    Optional<Instant> firstNoticeAt, String admit, String thank, String explain,
                    List<StatusUpdate> updates, List<AffectedCustomer> customers, String problem, List<WhyStep> whys,
                    List<CorrectiveAction> actions, Optional<LocalDate> followUpDue, Instant createdAt,
                    List<String> dismissedFindings) {
        this(id, title, category, severity, status, happenedAt, discoveredAt, discoveredBy, firstNoticeAt, admit,
                thank, explain, updates, customers, problem, whys, actions, followUpDue, createdAt, dismissedFindings,
                Optional.empty());
    }

    /**
     * The same incident without the evidence files' contents (their names stay): for reading many incidents at
     * once, where a few hundred photos would otherwise fill the memory.
     */
    public Incident withoutEvidenceContents() {
        List<CorrectiveAction> light = actions.stream().map(a -> a.withAttachments(
                a.attachments().stream().map(Attachment::withoutContent).toList())).toList();
        return new Incident(id, title, category, severity, status, happenedAt, discoveredAt, discoveredBy,
                firstNoticeAt, admit, thank, explain, updates, customers, problem, whys, light, followUpDue, createdAt,
                dismissedFindings, nextUpdateDue, firstNoticeHow, postmortemNotes, milestones, publicText);
    }

    /** A fresh, empty incident with five empty whys ready to fill. */
    public static Incident blank(Instant now) {
        return new Incident(Ids.newId(), "", Category.OTHER, Severity.MODERATE, IncidentStatus.OPEN,
                Optional.empty(), Optional.of(now), Discoverer.US, Optional.empty(), "", "", "",
                List.of(), List.of(), "", FiveWhys.emptyChain(), List.of(), Optional.empty(), now, List.of());
    }

    /** The earliest date something is due: the follow-up letter or an open corrective action. */
    public Optional<LocalDate> nextFollowUp() {
        Optional<LocalDate> actionDue = actions.stream()
                .filter(a -> a.status().isOpen())
                .flatMap(a -> a.due().stream())
                .min(LocalDate::compareTo);
        return earliest(followUpDue, actionDue);
    }

    static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }
}
