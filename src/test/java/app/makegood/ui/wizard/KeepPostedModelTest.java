package app.makegood.ui.wizard;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Discoverer;
import app.makegood.domain.Ids;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.NoticeChannel;
import app.makegood.domain.NoticeClock;
import app.makegood.domain.Severity;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard keeps first notice, status and the next update consistent however customers were told. */
class KeepPostedModelTest {
    private static final Instant DISCOVERED = Instant.parse("2026-11-20T09:00:00Z");

    /** A clock the test moves forward. */
    private static final class StepClock extends Clock {
        Instant now = DISCOVERED.plus(Duration.ofHours(3));

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final StepClock clock = new StepClock();
    private final WizardViewModel vm = new WizardViewModel(clock);

    private void loadOpenIncident(Discoverer by) {
        vm.load(edit(minimal("Late van", DISCOVERED), e -> {
            e.severity = Severity.SEVERE;
            e.discoveredAt = Optional.of(DISCOVERED);
            e.discoveredBy = by;
            e.updates = List.of(new StatusUpdate(Ids.newId(), DISCOVERED.plusSeconds(60), "Van found.", false));
            e.customers = List.of(AffectedCustomer.named("Zoë Martin", "zoe@example.com"));
        }));
    }

    @Test
    void markingTheFirstUpdateSentStopsTheClockAndPlansTheNextUpdate() {
        loadOpenIncident(Discoverer.US);
        assertEquals(NoticeClock.State.WAITING, vm.noticeClock().state());
        assertEquals(Duration.ofHours(3), vm.noticeClock().elapsed());

        vm.updates().get(0).sentProperty().set(true);

        assertEquals(Optional.of(clock.now), vm.firstNoticeAt());
        assertEquals(IncidentStatus.CUSTOMERS_TOLD, vm.statusProperty().get());
        assertEquals(NoticeClock.State.TOLD_FIRST, vm.noticeClock().state());
        assertEquals(Optional.of(clock.now.plus(Duration.ofHours(2))), vm.updateDue());
        assertFalse(vm.updateOverdue());
        assertEquals(Optional.of(clock.now.plus(Duration.ofHours(2))), vm.snapshot().nextUpdateDue());

        clock.now = clock.now.plus(Duration.ofHours(3));
        assertTrue(vm.updateOverdue(), "two hours for a severe incident");
        Instant firstNotice = vm.firstNoticeAt().orElseThrow();
        vm.addUpdate("Refunds sent.").sentProperty().set(true);
        assertEquals(Optional.of(firstNotice), vm.firstNoticeAt(), "the first notice stays the first");
        assertEquals(Optional.of(clock.now.plus(Duration.ofHours(2))), vm.updateDue());
        assertFalse(vm.updateOverdue());
    }

    @Test
    void aLetterGoingOutIsTheFirstNoticeToo() {
        loadOpenIncident(Discoverer.CUSTOMER);
        assertEquals(NoticeClock.State.CUSTOMER_WAITING, vm.noticeClock().state());
        assertEquals("Zoë Martin", vm.reportingCustomer());
        Instant sent = clock.now.minusSeconds(60);
        vm.letters().add(new LetterRecord(Ids.newId(), vm.id(), "c", "Zoë Martin", LetterKind.APOLOGY,
                LetterFormat.MAIL, "zoe@example.com", sent));
        assertEquals(Optional.of(sent), vm.firstNoticeAt());
        assertEquals(Optional.of(NoticeChannel.EMAIL), vm.firstNoticeHow());
        assertEquals(NoticeClock.State.TOLD_AFTER_CUSTOMER, vm.noticeClock().state());
        assertEquals(IncidentStatus.CUSTOMERS_TOLD, vm.statusProperty().get());
    }

    @Test
    void savingALetterIsNotANoticeUntilTheOwnerSaysItWentOut() {
        loadOpenIncident(Discoverer.US);
        LetterRecord pdf = new LetterRecord(Ids.newId(), vm.id(), "c", "Zoë Martin", LetterKind.APOLOGY,
                LetterFormat.PDF, "/tmp/apology.pdf", clock.now.minusSeconds(30));
        vm.letters().add(pdf);
        vm.letters().add(new LetterRecord(Ids.newId(), vm.id(), "c", "Zoë Martin", LetterKind.APOLOGY,
                LetterFormat.EML, "/tmp/apology.eml", clock.now.minusSeconds(20)));

        assertEquals(Optional.empty(), vm.firstNoticeAt(), "a file to look at tells nobody");
        assertEquals(IncidentStatus.OPEN, vm.statusProperty().get());
        assertEquals(NoticeClock.State.WAITING, vm.noticeClock().state());

        vm.letterWentOut(pdf);
        assertEquals(Optional.of(pdf.at()), vm.firstNoticeAt());
        assertEquals(Optional.of(NoticeChannel.LETTER), vm.firstNoticeHow());
        assertEquals(IncidentStatus.CUSTOMERS_TOLD, vm.statusProperty().get());
        assertEquals(Optional.of(NoticeChannel.LETTER), vm.snapshot().firstNoticeHow());
    }

    @Test
    void theOwnerRecordsATellingByPhoneAndCorrectsItLater() {
        loadOpenIncident(Discoverer.US);
        Instant called = DISCOVERED.plus(Duration.ofMinutes(40));
        vm.customersTold(called, NoticeChannel.PHONE);
        assertEquals(Optional.of(called), vm.firstNoticeAt());
        assertEquals(Optional.of(NoticeChannel.PHONE), vm.firstNoticeHow());
        assertEquals(Duration.ofMinutes(40), vm.noticeClock().elapsed());
        assertEquals(IncidentStatus.CUSTOMERS_TOLD, vm.statusProperty().get());

        vm.letters().add(new LetterRecord(Ids.newId(), vm.id(), "c", "Zoë Martin", LetterKind.APOLOGY,
                LetterFormat.MAIL, "zoe@example.com", clock.now));
        assertEquals(Optional.of(called), vm.firstNoticeAt(), "the call came first");

        Instant visited = DISCOVERED.plus(Duration.ofMinutes(55));
        vm.correctFirstNotice(visited, NoticeChannel.IN_PERSON);
        assertEquals(Optional.of(visited), vm.snapshot().firstNoticeAt());
        assertEquals(Optional.of(NoticeChannel.IN_PERSON), vm.snapshot().firstNoticeHow());
        assertEquals(SaveState.PENDING, vm.saveStateProperty().get());
    }

    @Test
    void theStatusButtonStampsTheFirstNoticeAndPlansAnUpdate() {
        loadOpenIncident(Discoverer.US);
        vm.advanceStatus();
        assertEquals(Optional.of(clock.now), vm.firstNoticeAt());
        assertEquals(Optional.of(clock.now.plus(Duration.ofHours(2))), vm.updateDue());
    }

    @Test
    void loadingAnIncidentChangesNothing() {
        Incident told = edit(minimal("Late van", DISCOVERED), e -> {
            e.updates = List.of(new StatusUpdate(Ids.newId(), DISCOVERED, "Sent long ago.", true, "website"));
            e.firstNoticeAt = Optional.of(DISCOVERED.plusSeconds(5));
            e.firstNoticeHow = Optional.of(NoticeChannel.SOCIAL);
            e.nextUpdateDue = Optional.of(DISCOVERED.plus(Duration.ofDays(1)));
        });
        vm.load(told);
        assertEquals(told, vm.snapshot());
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
    }
}
