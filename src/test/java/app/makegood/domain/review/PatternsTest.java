package app.makegood.domain.review;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Category;
import app.makegood.domain.Discoverer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.Milestones;
import app.makegood.domain.Moment;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.Span;
import app.makegood.domain.WhyStep;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed figures for seven incidents, seen from Berlin on 23 November 2026. */
public class PatternsTest {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** The fixture the figures below were worked out by hand for; also used by the CSV test. */
    public static List<Incident> fixture() {
        Incident a = incident("A", Category.OUTAGE, "2026-11-02T08:00:00Z", Discoverer.US, "2026-11-02T10:00:00Z",
                IncidentStatus.CLOSED, "Nobody checks the oven temperature before baking",
                customer("Anna", "anna@example.com", "20.00", OfferState.ACCEPTED),
                customer("Ben", "ben@example.com", "10.00", OfferState.OFFERED));
        Incident b = incident("B", Category.OUTAGE, "2026-11-10T08:00:00Z", Discoverer.CUSTOMER, "2026-11-10T14:00:00Z",
                IncidentStatus.FIXED, "Nobody checks the oven temperature",
                customer("Anna M.", " ANNA@Example.com", "5.00", OfferState.DECLINED));
        Incident c = incident("C", Category.WRONG_ORDER, "2026-11-15T09:00:00Z", Discoverer.US, null,
                IncidentStatus.OPEN, "The courier was booked for the wrong day");
        // 23:30 UTC on 31 October is half past midnight on 1 November in Berlin: a November incident.
        Incident d = incident("D", Category.WRONG_ORDER, "2026-10-31T23:30:00Z", Discoverer.US, "2026-11-01T03:30:00Z",
                IncidentStatus.CLOSED, "Bookings are copied by hand from email");
        // Thirteen months ago: outside the chart, but it still counts as open and for what recurs.
        Incident e = incident("E", Category.BILLING_ERROR, "2025-11-20T12:00:00Z", Discoverer.US, null,
                IncidentStatus.OPEN, "The oven temperature is never checked",
                customer("Ben", "ben@example.com", null, OfferState.NOT_OFFERED));
        Incident f = incident("F", Category.BILLING_ERROR, "2026-03-05T10:00:00Z", Discoverer.US, "2026-03-05T11:30:00Z",
                IncidentStatus.CLOSED, null, customer("Benjamin", "ben@example.com", "12.50", OfferState.ACCEPTED));
        Incident g = incident("G", Category.OUTAGE, "2026-03-20T10:00:00Z", Discoverer.CUSTOMER, "2026-03-21T10:00:00Z",
                IncidentStatus.CLOSED, "Oven temperature checks: nobody does them");
        return List.of(a, b, c, d, e, f, g);
    }

    @Test
    void countsIncidentsPerMonthAndCategoryInTheOwnersZone() {
        Patterns p = Patterns.of(fixture(), NOW, BERLIN);
        assertEquals(12, p.months().size());
        assertEquals(YearMonth.of(2025, 12), p.months().get(0).month());
        Patterns.Month november = p.months().get(11);
        assertEquals(YearMonth.of(2026, 11), november.month());
        assertEquals(4, november.incidents());
        assertEquals(2, november.byCategory().get(Category.OUTAGE));
        assertEquals(2, november.byCategory().get(Category.WRONG_ORDER));
        assertEquals(0, november.byCategory().get(Category.BILLING_ERROR));
        Patterns.Month march = p.months().get(3);
        assertEquals(YearMonth.of(2026, 3), march.month());
        assertEquals(2, march.incidents());
        assertEquals(0, p.months().get(10).incidents(), "October: D belongs to November in Berlin");
        assertEquals(6, p.months().stream().mapToInt(Patterns.Month::incidents).sum(), "E is older than 12 months");
    }

    @Test
    void medianTimeToFirstNoticeAndShareToldFirst() {
        Patterns p = Patterns.of(fixture(), NOW, BERLIN);
        Patterns.Month november = p.months().get(11);
        // 2 h (A), 6 h (B), 4 h (D); C has not been told yet and does not count.
        assertEquals(Optional.of(Duration.ofHours(4)), november.medianTimeToFirstNotice());
        assertEquals(Optional.of(new BigDecimal("4.0")), november.medianHours());
        assertEquals(3, november.noticed());
        // A and D we told first; B a customer told us first.
        assertEquals(3, november.whoFirstKnown());
        assertEquals(2, november.toldFirst());
        assertEquals(Optional.of(67), november.toldFirstPercent());
        Patterns.Month march = p.months().get(3);
        // 1.5 h and 24 h: halfway is 12.75 h, shown as 12.8.
        assertEquals(Optional.of(new BigDecimal("12.8")), march.medianHours());
        assertEquals(Optional.of(50), march.toldFirstPercent());
        Patterns.Month quiet = p.months().get(0);
        assertEquals(Optional.empty(), quiet.medianHours());
        assertEquals(Optional.empty(), quiet.toldFirstPercent());
    }

    @Test
    void amendsOfferedAndAcceptedPerMonth() {
        Patterns p = Patterns.of(fixture(), NOW, BERLIN);
        // Offered counts offers made, accepted or declined: 20 + 10 (A) + 5 (B); accepted only A's 20.
        assertEquals(new BigDecimal("35.00"), p.months().get(11).offered());
        assertEquals(new BigDecimal("20.00"), p.months().get(11).accepted());
        assertEquals(new BigDecimal("12.50"), p.months().get(3).offered());
        assertEquals(new BigDecimal("12.50"), p.months().get(3).accepted());
        assertEquals(new BigDecimal("0.00"), p.months().get(0).offered());
    }

    @Test
    void openAndClosedNow() {
        Patterns p = Patterns.of(fixture(), NOW, BERLIN);
        assertEquals(3, p.open(), "B (fixed), C and E");
        assertEquals(4, p.closed());
    }

    @Test
    void whatRecurs() {
        Patterns p = Patterns.of(fixture(), NOW, BERLIN);
        assertEquals(List.of(new Patterns.CategoryCount(Category.OUTAGE, 3),
                new Patterns.CategoryCount(Category.WRONG_ORDER, 2),
                new Patterns.CategoryCount(Category.BILLING_ERROR, 2)), p.recurringCategories());

        // {oven, temperature, checks} (B, G) and {checks, oven, temperature, baking} (A): 3/4 >= 0.6.
        // E's {oven, temperature, never, checked} shares only two words with them: 2/5, not the same cause.
        assertEquals(1, p.recurringCauses().size());
        Patterns.RecurringCause oven = p.recurringCauses().get(0);
        assertEquals("Oven temperature checks: nobody does them", oven.answer());
        assertEquals(List.of("G", "A", "B"), oven.incidentTitles());

        assertEquals(2, p.repeatCustomers().size());
        assertEquals(new Patterns.RepeatCustomer("ben@example.com", "Ben", List.of("E", "F", "A")),
                p.repeatCustomers().get(0));
        assertEquals(new Patterns.RepeatCustomer("anna@example.com", "Anna M.", List.of("A", "B")),
                p.repeatCustomers().get(1));
    }

    @Test
    void similarityIgnoresCaseStopWordsAndPunctuation() {
        assertEquals(Set.of("labels", "printed", "hand"), Patterns.words("The labels are printed BY hand!"));
        assertEquals(1.0, Patterns.jaccard(Patterns.words("Labels printed by hand"),
                Patterns.words("labels: printed, by HAND.")));
        // three words in common out of five in all
        assertEquals(0.6, Patterns.jaccard(Set.of("oven", "sensor", "failed", "old"), Set.of("oven", "sensor", "failed",
                "again")), 1e-9);
        assertTrue(Patterns.jaccard(Set.of(), Set.of()) == 0);
    }

    @Test
    void mediansOfTheTimeToTellAndToResolveOverTheMonthsShown() {
        List<Incident> all = fixture().stream().map(i -> switch (i.title()) {
            case "A" -> resolved(i, "2026-11-03T08:00:00Z", false); // 1 d after discovery
            case "B" -> resolved(i, "2026-11-09T08:00:00Z", false); // before the discovery: left out
            case "D" -> resolved(i, "2026-11-01T02:30:00Z", true);  // 3 h, an estimate
            case "F" -> resolved(i, "2026-03-08T10:00:00Z", false); // 3 d
            case "E" -> resolved(i, "2026-11-20T12:00:00Z", false); // discovered 13 months ago: not in the months
            default -> i;
        }).toList();
        TimeMedians t = Patterns.of(all, NOW, BERLIN).times();
        // To tell: 1 h 30 min (F), 2 h (A), 4 h (D), 6 h (B), 24 h (G); C was never told, E is too old.
        assertEquals(Optional.of(new Span(Duration.ofHours(4), false, false)), t.toTell());
        assertEquals(Optional.of(new Span(Duration.ofDays(1), true, false)), t.toResolve(), "3 h, 1 d, 3 d");
        assertEquals("about 1 d", t.toResolve().orElseThrow().text());
        assertEquals(TimeMedians.NONE, Patterns.of(List.of(), NOW, BERLIN).times());
    }

    private static Incident resolved(Incident i, String at, boolean approximate) {
        return i.withMilestones(new Milestones(null, Optional.of(Instant.parse(at)),
                approximate ? Set.of(Moment.RESOLVED) : Set.of(), null));
    }

    private static Incident incident(String title, Category category, String discovered, Discoverer by,
                                     String firstNotice, IncidentStatus status, String rootCause,
                                     AffectedCustomer... customers) {
        return SampleIncidents.edit(SampleIncidents.minimal(title, Instant.parse(discovered).plusSeconds(60)), x -> {
            x.category = category;
            x.discoveredAt = Optional.of(Instant.parse(discovered));
            x.discoveredBy = by;
            x.firstNoticeAt = Optional.ofNullable(firstNotice).map(Instant::parse);
            x.status = status;
            x.whys = rootCause == null ? List.of() : List.of(new WhyStep("Why?", "Something else", false),
                    new WhyStep("Why?", rootCause, true));
            x.customers = List.of(customers);
        });
    }

    private static AffectedCustomer customer(String name, String email, String offer, OfferState state) {
        AffectedCustomer c = AffectedCustomer.named(name, email);
        return new AffectedCustomer(c.id(), name, email, "", Optional.empty(), OfferKind.REFUND,
                Optional.ofNullable(offer).map(BigDecimal::new), "", state, "", "", "", Optional.empty());
    }
}
