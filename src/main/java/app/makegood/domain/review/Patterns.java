package app.makegood.domain.review;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Category;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.NoticeClock;
import app.makegood.domain.SameCustomer;
import app.makegood.domain.WhyStep;
import app.makegood.domain.amends.AmendsTotals;
import app.makegood.domain.FutureValueInputs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What past incidents say together (issue 7, "Patterns"): per month of discovery over the last {@value #MONTHS}
 * months, how many incidents of each category, how long customers waited for a first word (median), how often we
 * told them first, and what amends were offered and accepted; how many incidents are open and closed now; and what
 * keeps coming back over all incidents: categories, root causes (similar root-cause answers) and customers (by email).
 *
 * <p>An incident belongs to the month (in {@code zone}) it was discovered in, or opened in when no discovery time is
 * recorded. Time to first notice and "told first" follow {@link NoticeClock}: only incidents customers heard about
 * count for the median, and only incidents where it is known who spoke first count for the share.
 */
public record Patterns(List<Month> months, int open, int closed, List<CategoryCount> recurringCategories,
                       List<RecurringCause> recurringCauses, List<RepeatCustomer> repeatCustomers,
                       TimeMedians times) {
    public static final int MONTHS = 12;
    /** Two root-cause answers are the same cause when their word sets overlap this much (Jaccard index). */
    public static final double SIMILAR = 0.6;

    public Patterns {
        months = List.copyOf(months);
        recurringCategories = List.copyOf(recurringCategories);
        recurringCauses = List.copyOf(recurringCauses);
        repeatCustomers = List.copyOf(repeatCustomers);
        times = Objects.requireNonNullElse(times, TimeMedians.NONE);
    }

    /** One month's figures. {@code byCategory} holds every category, zero when none happened. */
    public record Month(YearMonth month, Map<Category, Integer> byCategory, Optional<Duration> medianTimeToFirstNotice,
                        int noticed, int whoFirstKnown, int toldFirst, BigDecimal offered, BigDecimal accepted) {
        public Month {
            byCategory = Collections.unmodifiableMap(new EnumMap<>(byCategory));
        }

        public int incidents() {
            return byCategory.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The median time to first notice in hours, one decimal place. */
        public Optional<BigDecimal> medianHours() {
            return medianTimeToFirstNotice.map(Patterns::hours);
        }

        /** Of the incidents where it is known who spoke first, the percentage where we did (whole percent). */
        public Optional<Integer> toldFirstPercent() {
            return whoFirstKnown == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(toldFirst * 100L).divide(BigDecimal.valueOf(whoFirstKnown), 0,
                    RoundingMode.HALF_UP).intValue());
        }
    }

    public record CategoryCount(Category category, int incidents) {
    }

    /** A root cause found more than once: the earliest answer in its words, and the incidents (oldest first). */
    public record RecurringCause(String answer, List<String> incidentIds, List<String> incidentTitles) {
        public RecurringCause {
            incidentIds = List.copyOf(incidentIds);
            incidentTitles = List.copyOf(incidentTitles);
        }

        public int incidents() {
            return incidentIds.size();
        }
    }

    /** A customer (one email, case ignored) hit by more than one incident; the name from their latest incident. */
    public record RepeatCustomer(String email, String name, List<String> incidentTitles) {
        public RepeatCustomer {
            incidentTitles = List.copyOf(incidentTitles);
        }

        public int incidents() {
            return incidentTitles.size();
        }
    }

    private static final Set<String> STOP_WORDS = Set.of(("a an the and or but of to in on at by for from with without "
            + "is are was were be been being it its this that these those there their they them we our us you your "
            + "he she his her i my me not no nobody so as than then too very can could would should will do does did "
            + "has have had into about over after before when while which who what why how all any each every one "
            + "just only also").split(" "));
    private static final FutureValueInputs NO_STAKE = new FutureValueInputs(BigDecimal.ZERO, BigDecimal.ONE,
            BigDecimal.ONE, BigDecimal.ZERO);

    /** The figures for the {@value #MONTHS} months up to and including the month of {@code now}, in {@code zone}. */
    public static Patterns of(List<Incident> incidents, Instant now, ZoneId zone) {
        YearMonth last = YearMonth.from(now.atZone(zone));
        YearMonth first = last.minusMonths(MONTHS - 1L);
        Map<YearMonth, List<Incident>> byMonth = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m, new ArrayList<>());
        }
        int open = 0;
        int closed = 0;
        for (Incident i : incidents) {
            List<Incident> bucket = byMonth.get(YearMonth.from(startOf(i).atZone(zone)));
            if (bucket != null) {
                bucket.add(i);
            }
            if (i.status() == IncidentStatus.CLOSED) {
                closed++;
            } else {
                open++;
            }
        }
        List<Month> months = byMonth.entrySet().stream().map(e -> month(e.getKey(), e.getValue(), now)).toList();
        return new Patterns(months, open, closed, recurringCategories(incidents), recurringCauses(incidents),
                repeatCustomers(incidents), TimeMedians.of(byMonth.values().stream().flatMap(List::stream).toList()));
    }

    private static Instant startOf(Incident i) {
        return i.discoveredAt().orElse(i.createdAt());
    }

    private static Month month(YearMonth month, List<Incident> incidents, Instant now) {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            byCategory.put(c, 0);
        }
        List<Duration> times = new ArrayList<>();
        int known = 0;
        int first = 0;
        BigDecimal offered = BigDecimal.ZERO.setScale(2);
        BigDecimal accepted = BigDecimal.ZERO.setScale(2);
        for (Incident i : incidents) {
            byCategory.merge(i.category(), 1, Integer::sum);
            NoticeClock clock = NoticeClock.of(i, now);
            clock.timeToFirstNotice().ifPresent(times::add);
            Optional<Boolean> toldFirst = clock.weToldThemFirst();
            if (toldFirst.isPresent()) {
                known++;
                first += toldFirst.get() ? 1 : 0;
            }
            AmendsTotals totals = AmendsTotals.of(i.customers(), c -> NO_STAKE);
            offered = offered.add(totals.totalOffered());
            accepted = accepted.add(totals.totalAccepted());
        }
        return new Month(month, byCategory, median(times), times.size(), known, first, offered, accepted);
    }

    /** The middle value; with an even count, halfway between the two middle ones. */
    static Optional<Duration> median(List<Duration> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(mid)
                : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2));
    }

    static BigDecimal hours(Duration d) {
        return BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    private static List<CategoryCount> recurringCategories(List<Incident> incidents) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        incidents.forEach(i -> counts.merge(i.category(), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<Category, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new CategoryCount(e.getKey(), e.getValue())).toList();
    }

    /** The words that carry meaning: lower case, letters and digits only, without stop words. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** The root-cause answer: the step marked as root cause, with an answer. */
    private static Optional<String> rootCause(Incident i) {
        return i.whys().stream().filter(WhyStep::rootCause).map(WhyStep::answer).map(String::strip)
                .filter(a -> !a.isEmpty()).findFirst();
    }

    /**
     * Groups incidents whose root causes are similar, directly or through a chain of similar answers. The same
     * word set is compared once, and only with word sets that share a word, so thousands of incidents stay cheap.
     */
    private static List<RecurringCause> recurringCauses(List<Incident> incidents) {
        List<Incident> oldestFirst = incidents.stream().filter(i -> rootCause(i).isPresent())
                .sorted(Comparator.comparing(Patterns::startOf).thenComparing(Incident::id)).toList();
        Map<Set<String>, List<Incident>> byWords = new LinkedHashMap<>();
        for (Incident i : oldestFirst) {
            Set<String> w = words(rootCause(i).orElseThrow());
            if (!w.isEmpty()) {
                byWords.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        List<Set<String>> keys = new ArrayList<>(byWords.keySet());
        int[] parent = new int[keys.size()];
        Arrays.setAll(parent, k -> k);
        Map<String, List<Integer>> withWord = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            for (String w : keys.get(k)) {
                List<Integer> earlier = withWord.computeIfAbsent(w, x -> new ArrayList<>());
                for (int other : earlier) {
                    if (find(parent, other) != find(parent, k) && jaccard(keys.get(k), keys.get(other)) >= SIMILAR) {
                        parent[find(parent, k)] = find(parent, other);
                    }
                }
                earlier.add(k);
            }
        }
        Map<Integer, List<Incident>> groups = new TreeMap<>();
        for (int k = 0; k < keys.size(); k++) {
            groups.computeIfAbsent(find(parent, k), x -> new ArrayList<>()).addAll(byWords.get(keys.get(k)));
        }
        return groups.values().stream().filter(g -> g.size() > 1)
                .map(g -> g.stream().sorted(Comparator.comparing(Patterns::startOf).thenComparing(Incident::id)).toList())
                .map(g -> new RecurringCause(rootCause(g.get(0)).orElseThrow(),
                        g.stream().map(Incident::id).toList(), g.stream().map(Incident::title).toList()))
                .sorted(Comparator.comparingInt(RecurringCause::incidents).reversed()
                        .thenComparing(RecurringCause::answer, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static List<RepeatCustomer> repeatCustomers(List<Incident> incidents) {
        Map<String, List<Incident>> byEmail = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        List<Incident> oldestFirst = incidents.stream()
                .sorted(Comparator.comparing(Patterns::startOf).thenComparing(Incident::id)).toList();
        for (Incident i : oldestFirst) {
            Set<String> seen = new LinkedHashSet<>();
            for (AffectedCustomer c : i.customers()) {
                String email = SameCustomer.key(c.email());
                if (email.isEmpty() || !seen.add(email)) {
                    continue;
                }
                byEmail.computeIfAbsent(email, e -> new ArrayList<>()).add(i);
                if (!c.name().isBlank()) {
                    names.put(email, c.name().strip());
                }
            }
        }
        return byEmail.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new RepeatCustomer(e.getKey(), names.getOrDefault(e.getKey(), ""),
                        e.getValue().stream().map(Incident::title).toList()))
                .sorted(Comparator.comparingInt(RepeatCustomer::incidents).reversed()
                        .thenComparing(RepeatCustomer::email))
                .toList();
    }
}
