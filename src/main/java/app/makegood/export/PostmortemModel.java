package app.makegood.export;

import app.makegood.domain.Dates;
import app.makegood.domain.ActionStatus;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Attachment;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentTimes;
import app.makegood.domain.Span;
import app.makegood.domain.OfferState;
import app.makegood.domain.PostmortemNotes;
import app.makegood.domain.Timeline;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.WhyStep;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.amends.AmendsTotals;
import app.makegood.domain.amends.PriceWords;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the five-whys postmortem says, as a template view shared by the Markdown and PDF exports: each
 * export only chooses its template and how user text is escaped.
 */
public final class PostmortemModel {
    private final ZoneId zone;
    private final Locale locale;
    private final Dates dates;

    public PostmortemModel(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
        this.dates = Dates.of(locale);
    }

    /** @param letters the letters that went out about the incident, from its history */
    public Map<String, Object> view(Incident i, List<LetterRecord> letters, AmendsDefaults defaults, LocalDate today) {
        Function<BigDecimal, String> money = defaults.moneyFormat(locale);
        AmendsTotals totals = AmendsTotals.of(i.customers(), c -> c.futureValueOr(defaults.futureValue()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", i.title().isBlank() ? "(untitled incident)" : i.title());
        view.put("category", words(i.category().name()));
        view.put("severity", words(i.severity().name()));
        view.put("status", words(i.status().name()));
        view.put("today", dates.day(today));
        view.put("problem", i.problem());
        view.put("rootCause", i.whys().stream().filter(WhyStep::rootCause).map(WhyStep::answer).findFirst().orElse(""));
        view.put("customers", i.customers().size());
        view.put("timeToNotice", timeToNotice(i));
        view.put("totalStake", money.apply(totals.totalStake()));
        view.put("totalOffered", money.apply(totals.totalOffered()));
        view.put("totalAccepted", money.apply(totals.totalAccepted()));
        view.put("customerList", i.customers().stream().map(c -> customer(c, money)).toList());
        // Times, durations and the timeline, in the zone the owner recorded the times in (issue 17, items 2 and 5).
        Timeline story = Timeline.of(i, letters, zone);
        view.put("timeline", entries(story, story.events()));
        view.put("laterRecords", entries(story, story.later()));
        view.put("hasLaterRecords", !story.later().isEmpty());
        view.put("times", IncidentTimesView.rows(IncidentTimes.of(i), story, locale));
        view.put("timesZone", story.zone().getId());
        view.put("whys", whys(i.whys()));
        view.put("actions", i.actions().stream().map(this::action).toList());
        view.put("evidence", i.actions().stream().filter(a -> !a.evidenceNote().isBlank() || !a.attachments().isEmpty())
                .map(a -> Map.of("action", a.description(), "note", a.evidenceNote(), "files",
                        files(a)))
                .toList());
        view.put("admit", i.admit());
        view.put("thank", i.thank());
        view.put("explain", i.explain());
        view.put("updates", i.updates().stream().map(u -> Map.of("at", story.when(u.writtenAt(), locale),
                "sent", u.sent() ? "sent" : "not sent", "text", u.text())).toList());
        view.put("letters", letters.stream().map(l -> Map.of("at", story.when(l.at(), locale),
                "what", Timeline.describe(l), "where", where(l))).toList());
        // Lists have no "is empty" in Mustache: these let a template leave out a heading with nothing under it.
        view.put("hasTimeline", !((List<?>) view.get("timeline")).isEmpty());
        view.put("hasWhys", !((List<?>) view.get("whys")).isEmpty());
        view.put("hasActions", !i.actions().isEmpty());
        view.put("hasUpdates", !i.updates().isEmpty());
        view.put("hasLetters", !letters.isEmpty());
        view.put("actionCount", i.actions().stream().filter(a -> a.status() == ActionStatus.DONE).count());
        view.put("figures", figures(i, totals, money));
        view.put("hasCustomerList", !i.customers().isEmpty());
        view.put("hasSummary", !i.problem().isBlank() || !((String) view.get("rootCause")).isBlank());
        view.put("hasEvidence", !((List<?>) view.get("evidence")).isEmpty());
        view.put("hasTold", !(i.admit() + i.thank() + i.explain()).isBlank() || !i.updates().isEmpty()
                || !letters.isEmpty());
        view.putAll(notes(i.postmortemNotes(), money));
        return view;
    }

    /**
     * The impact in figures: the owner's own (people affected beyond the customer list, money lost) first, then
     * those worked out from the customer list. A total of zero says nothing about the impact and is left out.
     */
    private static List<Map<String, Object>> figures(Incident i, AmendsTotals totals, Function<BigDecimal, String> money) {
        PostmortemNotes n = i.postmortemNotes();
        List<Map<String, Object>> rows = new ArrayList<>();
        n.peopleAffected().ifPresent(p -> rows.add(figure("People affected besides the customers listed",
                String.format(Locale.ROOT, "%,d", p))));
        n.moneyLost().ifPresent(m -> rows.add(figure("Money lost", money.apply(m))));
        if (!i.customers().isEmpty() || !n.hasImpactFigures()) {
            rows.add(figure(n.peopleAffected().isPresent() ? "Customers listed" : "Customers affected",
                    String.valueOf(i.customers().size())));
        }
        rows.add(figure("From discovery to first notice", timeToNotice(i)));
        if (totals.totalStake().signum() > 0) {
            rows.add(figure("At stake (what they expected plus the future business at risk)",
                    money.apply(totals.totalStake())));
        }
        if (totals.totalOffered().signum() > 0) {
            rows.add(figure("Amends offered", money.apply(totals.totalOffered())));
            rows.add(figure("Amends accepted", money.apply(totals.totalAccepted())));
        }
        return rows;
    }

    private static Map<String, Object> figure(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    /** The owner's postmortem notes; each {@code has…} key lets a template leave out a section with nothing in it. */
    private static Map<String, Object> notes(PostmortemNotes n, Function<BigDecimal, String> money) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("trigger", n.trigger());
        view.put("impact", n.impact());
        view.put("factors", n.filledFactors().stream().map(f -> Map.<String, Object>of("factor", f.factor(),
                "whys", whys(f.whys()))).toList());
        view.put("hasFactors", !n.filledFactors().isEmpty());
        view.put("wentWell", n.wentWell());
        view.put("wentWrong", n.wentWrong());
        view.put("gotLucky", n.gotLucky());
        view.put("lessons", n.lessons());
        view.put("hasLessons", !(n.wentWell() + n.wentWrong() + n.gotLucky() + n.lessons()).isBlank());
        view.put("links", n.filledLinks().stream().map(l -> Map.<String, Object>of("label", l.label(),
                "shown", l.shownAs(), "url", l.url(), "linkable", l.linkable())).toList());
        view.put("hasLinks", !n.filledLinks().isEmpty());
        return view;
    }

    /** The file's name (not its folder: that means nothing to a reader elsewhere), or the address mailed. */
    private static String where(LetterRecord l) {
        return l.format() == LetterFormat.MAIL ? l.file() : Path.of(l.file()).getFileName().toString();
    }

    private Map<String, Object> customer(AffectedCustomer c, Function<BigDecimal, String> money) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name().isBlank() ? c.email() : c.name());
        m.put("expected", c.expected());
        m.put("offer", PriceWords.offer(c, money));
        m.put("state", c.offerState() == OfferState.NOT_OFFERED ? "not offered yet" : words(c.offerState().name()));
        return m;
    }

    private static List<Map<String, Object>> whys(List<WhyStep> whys) {
        return IntStream.range(0, whys.size())
                .filter(n -> !whys.get(n).question().isBlank() || !whys.get(n).answer().isBlank())
                .mapToObj(n -> Map.<String, Object>of("number", n + 1, "question", whys.get(n).question(),
                        "answer", whys.get(n).answer(), "root", whys.get(n).rootCause()))
                .toList();
    }

    private Map<String, Object> action(CorrectiveAction a) {
        return Map.of("done", a.status() == ActionStatus.DONE ? "x" : " ", "description", a.description(),
                "owner", a.owner().isBlank() ? "nobody yet" : a.owner(),
                "due", a.due().map(dates::day).orElse("no date"),
                "status", words(a.status().name()) + a.doneOn().filter(d -> a.status() == ActionStatus.DONE)
                        .map(d -> " on " + dates.day(d)).orElse(""),
                "outcome", dropped(a), "evidenceNote", a.evidenceNote(), "files", files(a), "kind", kind(a));
    }

    /** "prevent, high priority"; "mitigate (a stop-gap)": what the action does about the cause, and how urgent. */
    private static String kind(CorrectiveAction a) {
        return words(a.type().name()) + (a.type().isFix() ? "" : " (a stop-gap)")
                + a.priority().map(p -> ", " + p.name().toLowerCase(Locale.ROOT) + " priority").orElse("");
    }

    /** Why a dropped action was dropped: a decision the reader should see, or the lack of one. */
    private static String dropped(CorrectiveAction a) {
        if (a.status() != ActionStatus.DROPPED) {
            return "";
        }
        return a.droppedReason().isBlank() ? "no reason given" : "why: " + a.droppedReason();
    }

    private static String files(CorrectiveAction a) {
        return a.attachments().stream().map(Attachment::fileName).collect(Collectors.joining(", "));
    }

    private static String timeToNotice(Incident i) {
        return IncidentTimes.of(i).timeTo(IncidentTimes.Measure.TELL).map(Span::text).orElse("customers not told yet");
    }

    private List<Map<String, String>> entries(Timeline story, List<Timeline.Entry> entries) {
        return entries.stream().map(e -> Map.of("at", story.when(e, locale), "what", e.what())).toList();
    }

    /** FIX_PROVEN reads "fix proven". */
    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
