package app.makegood.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeClockTest {
    private static final Instant DISCOVERED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Clock NOW = Clock.fixed(DISCOVERED.plus(Duration.ofMinutes(130)), ZoneOffset.UTC);

    private static Incident found(Discoverer by, Optional<Instant> firstNotice, IncidentStatus status) {
        return edit(minimal("Late van", DISCOVERED.minusSeconds(600)), e -> {
            e.discoveredAt = Optional.of(DISCOVERED);
            e.discoveredBy = by;
            e.firstNoticeAt = firstNotice;
            e.status = status;
        });
    }

    @Test
    void runsFromDiscoveryWhileNobodyWasTold() {
        NoticeClock clock = NoticeClock.of(found(Discoverer.US, Optional.empty(), IncidentStatus.OPEN), NOW.instant());
        assertEquals(NoticeClock.State.WAITING, clock.state());
        assertTrue(clock.running());
        assertEquals(Duration.ofMinutes(130), clock.elapsed());
        assertEquals(Optional.empty(), clock.timeToFirstNotice());
        assertEquals(Optional.empty(), clock.weToldThemFirst(), "not decided while nobody was told");
    }

    @Test
    void stopsAtTheFirstNoticeAndWeToldThemFirst() {
        Instant told = DISCOVERED.plus(Duration.ofMinutes(45));
        NoticeClock clock = NoticeClock.of(found(Discoverer.US, Optional.of(told), IncidentStatus.CUSTOMERS_TOLD),
                NOW.instant().plus(Duration.ofDays(3)));
        assertEquals(NoticeClock.State.TOLD_FIRST, clock.state());
        assertFalse(clock.running());
        assertEquals(Optional.of(Duration.ofMinutes(45)), clock.timeToFirstNotice());
        assertEquals(Optional.of(true), clock.weToldThemFirst());
    }

    @Test
    void aCustomerWhoToldUsFirstWaitsForAReplyFromTheirReport() {
        NoticeClock waiting = NoticeClock.of(found(Discoverer.CUSTOMER, Optional.empty(), IncidentStatus.OPEN),
                NOW.instant());
        assertEquals(NoticeClock.State.CUSTOMER_WAITING, waiting.state());
        assertTrue(waiting.running());
        assertEquals(DISCOVERED, waiting.from());
        assertEquals(Duration.ofMinutes(130), waiting.elapsed());
        assertEquals(Optional.of(false), waiting.weToldThemFirst());

        NoticeClock replied = NoticeClock.of(found(Discoverer.CUSTOMER, Optional.of(DISCOVERED.plusSeconds(1200)),
                IncidentStatus.CUSTOMERS_TOLD), NOW.instant());
        assertEquals(NoticeClock.State.TOLD_AFTER_CUSTOMER, replied.state());
        assertEquals(Optional.of(Duration.ofMinutes(20)), replied.timeToFirstNotice());
        assertEquals(Optional.of(false), replied.weToldThemFirst());
    }

    @Test
    void someoneElseTellingUsStillLetsUsTellCustomersFirst() {
        NoticeClock clock = NoticeClock.of(found(Discoverer.SOMEONE_ELSE, Optional.of(DISCOVERED.plusSeconds(60)),
                IncidentStatus.CUSTOMERS_TOLD), NOW.instant());
        assertEquals(Optional.of(true), clock.weToldThemFirst());
    }

    @Test
    void aClosedIncidentNobodyWasToldAboutNoLongerTicks() {
        NoticeClock clock = NoticeClock.of(found(Discoverer.US, Optional.empty(), IncidentStatus.CLOSED), NOW.instant());
        assertEquals(NoticeClock.State.NEVER_TOLD, clock.state());
        assertFalse(clock.running());
    }

    @Test
    void withoutADiscoveryTimeTheClockStartsWhenTheIncidentWasOpened() {
        Incident i = edit(found(Discoverer.US, Optional.empty(), IncidentStatus.OPEN), e -> e.discoveredAt = Optional.empty());
        NoticeClock clock = NoticeClock.of(i, NOW.instant());
        assertEquals(i.createdAt(), clock.from());
        assertEquals(Duration.ofMinutes(140), clock.elapsed());
    }

    @Test
    void aDiscoveryTypedInTheFutureNeverGivesANegativeClock() {
        NoticeClock clock = NoticeClock.of(found(Discoverer.US, Optional.empty(), IncidentStatus.OPEN),
                DISCOVERED.minusSeconds(3600));
        assertEquals(Duration.ZERO, clock.elapsed());
    }

    @Test
    void theListRowGivesTheSameClock() {
        Incident i = found(Discoverer.CUSTOMER, Optional.empty(), IncidentStatus.OPEN);
        IncidentSummary row = new IncidentSummary(i.id(), i.title(), i.category(), i.severity(), i.status(),
                i.createdAt(), 0, Optional.empty(), i.discoveredAt(), i.discoveredBy(), i.firstNoticeAt(),
                i.nextUpdateDue());
        assertEquals(NoticeClock.of(i, NOW.instant()), row.noticeClock(NOW.instant()));
    }
}
