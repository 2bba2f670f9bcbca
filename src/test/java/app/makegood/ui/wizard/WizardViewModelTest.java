package app.makegood.ui.wizard;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.OfferKind;
import app.makegood.domain.PricePeriod;
import app.makegood.ui.Messages;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.IncidentTimes;
import app.makegood.domain.Milestones;
import app.makegood.domain.Moment;
import app.makegood.domain.Span;
import java.util.Set;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WizardViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
    private final WizardViewModel vm = new WizardViewModel(Clock.fixed(NOW, ZoneId.of("Europe/Paris")));

    @Test
    void navigationStaysWithinTheSevenSteps() {
        assertFalse(vm.canGoBackProperty().get());
        vm.back();
        assertEquals(0, vm.stepProperty().get());
        for (int i = 0; i < 10; i++) {
            vm.next();
        }
        assertEquals(WizardViewModel.LETTERS_STEP, vm.stepProperty().get());
        assertFalse(vm.canGoNextProperty().get());
        vm.goTo(2);
        assertEquals(2, vm.stepProperty().get());
        assertTrue(vm.canGoBackProperty().get() && vm.canGoNextProperty().get());
    }

    @Test
    void loadingIsNotAChangeButTypingIs() {
        vm.load(Incident.blank(NOW));
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
        long before = vm.revisionProperty().get();
        vm.titleProperty().set("Cake late");
        assertEquals(before + 1, vm.revisionProperty().get());
        assertEquals(SaveState.PENDING, vm.saveStateProperty().get());
    }

    @Test
    void editsInsideRowsCountAsChanges() {
        CustomerRow row = vm.addCustomer();
        long before = vm.revisionProperty().get();
        row.nameProperty().set("Zoë");
        assertTrue(vm.revisionProperty().get() > before);
    }

    @Test
    void snapshotCarriesEveryFieldBackToTheDomain() {
        vm.titleProperty().set("Wrong cake");
        vm.happened().dateProperty().set(LocalDate.of(2026, 11, 19));
        vm.happened().timeProperty().set("18:30");
        CustomerRow c = vm.addCustomer();
        c.nameProperty().set("Łukasz");
        c.expectedValue().textProperty().set("45,50");
        c.offerKindProperty().set(OfferKind.CREDIT);
        vm.addUpdate("Replacement baked");
        vm.followUpDueProperty().set(LocalDate.of(2026, 12, 1));

        Incident i = vm.snapshot();
        assertEquals("Wrong cake", i.title());
        assertEquals(Optional.of(Instant.parse("2026-11-19T17:30:00Z")), i.happenedAt());
        assertEquals(new BigDecimal("45.50"), i.customers().get(0).expectedValue().orElseThrow());
        assertEquals(OfferKind.CREDIT, i.customers().get(0).offerKind());
        assertEquals("Replacement baked", i.updates().get(0).text());
        assertEquals(NOW, i.updates().get(0).writtenAt());
        assertEquals(5, i.whys().size());
    }

    @Test
    void anInvalidAmountKeepsTheLastValidValueAndIsReported() {
        CustomerRow c = vm.addCustomer();
        c.expectedValue().textProperty().set("20");
        c.expectedValue().textProperty().set("20x");
        assertTrue(vm.hasUnsavableInput());
        assertEquals(new BigDecimal("20.00"), vm.snapshot().customers().get(0).expectedValue().orElseThrow());
        assertEquals("20x", c.expectedValue().textProperty().get(), "what the user typed stays in the field");
    }

    @Test
    void theFooterNamesThePagesThatHoldFieldsNotSaved() {
        Messages messages = new Messages(Locale.UK);
        CustomerRow c = vm.addCustomer();
        c.offerAmount().textProperty().set("€30/month");
        assertEquals(Map.of(4, 1L), vm.unsavableByStep());
        assertEquals("Saved, except 1 field marked in red on Make amends",
                PartlySaved.text(vm.unsavableByStep(), messages));

        c.expectedValue().textProperty().set("thirty");
        c.offerPeriodProperty().set(PricePeriod.MONTHLY);
        c.offerPeriods().textProperty().set("0");
        vm.notes().moneyLost().textProperty().set("lots");
        assertEquals(Map.of(0, 1L, 4, 2L, 5, 1L), vm.unsavableByStep());
        assertEquals("Saved, except 4 fields marked in red on What happened, Make amends and Prove the fix",
                PartlySaved.text(vm.unsavableByStep(), messages));

        c.offerAmount().textProperty().set("30");
        c.offerPeriods().textProperty().set("1");
        c.expectedValue().textProperty().set("30");
        vm.notes().moneyLost().textProperty().set("");
        assertEquals(Map.of(), vm.unsavableByStep());
        assertFalse(vm.hasUnsavableInput());
    }

    @Test
    void ownFiguresCountOnlyWhileTheyAreUsed() {
        CustomerRow c = vm.addCustomer();
        c.orderValue().textProperty().set("a lot");
        assertEquals(Map.of(), vm.unsavableByStep());
        c.ownFiguresProperty().set(true);
        assertEquals(Map.of(4, 1L), vm.unsavableByStep());
    }

    @Test
    void loadThenSnapshotIsTheSameIncident() {
        Incident original = new Incident("id-1", "Outage", null, null, IncidentStatus.FIXED,
                Optional.of(Instant.parse("2026-11-19T08:00:00Z")), Optional.of(Instant.parse("2026-11-19T09:05:00Z")),
                null, Optional.of(Instant.parse("2026-11-19T09:30:00Z")), "We broke it, sorry.", "Thanks.", "Because.",
                List.of(), List.of(AffectedCustomer.named("Ελένη", "eleni@example.com")), "Site down",
                List.of(), List.of(), Optional.of(LocalDate.of(2026, 12, 3)), Instant.parse("2026-11-19T09:06:00Z"),
                List.of("QUALIFIED_APOLOGY:but"));
        vm.load(original);
        assertEquals(original, vm.snapshot());
    }

    @Test
    void theIncidentTimesAndEstimatesAreRecordedInThisComputersZone() {
        Incident original = SampleIncidents.rich("Cake", NOW);
        vm.load(original);
        assertEquals(original.milestones().zone(), vm.snapshot().milestones().zone(), "opening keeps the zone");
        assertEquals(original.milestones().approximate(), vm.snapshot().milestones().approximate());
        vm.restored().timeProperty().set("12:00");
        vm.approximateProperty(Moment.DISCOVERED).set(true);
        Milestones m = vm.snapshot().milestones();
        assertEquals(Optional.of(Instant.parse("2026-11-01T11:00:00Z")), m.restoredAt(), "12:00 in Paris");
        assertEquals(Set.of(Moment.STARTED, Moment.DISCOVERED, Moment.RESTORED), m.approximate());
        assertEquals(Optional.of(ZoneId.of("Europe/Paris")), m.zone());
        assertEquals("about 30 min", vm.times().timeTo(IncidentTimes.Measure.DETECT).map(Span::text).orElseThrow());
    }

    @Test
    void markingItFixedAsksWhenItWasResolvedOnce() {
        vm.advanceStatus();
        assertTrue(vm.asksWhenResolved(), "Customers told -> Fixed, no resolved time yet");
        vm.resolvedAt(NOW.minusSeconds(600), true);
        assertFalse(vm.asksWhenResolved());
        Milestones m = vm.snapshot().milestones();
        assertEquals(Optional.of(Instant.parse("2026-11-20T10:05:00Z")), m.resolvedAt());
        assertEquals(Set.of(Moment.RESOLVED), m.approximate());
        assertEquals(IncidentStatus.CUSTOMERS_TOLD, vm.statusProperty().get(), "asking moves nothing by itself");
    }

    @Test
    void tellingCustomersStampsTheFirstNoticeOnce() {
        assertEquals(List.of(), vm.advanceStatus());
        assertEquals(IncidentStatus.CUSTOMERS_TOLD, vm.statusProperty().get());
        assertEquals(Optional.of(NOW), vm.firstNoticeAt());
        vm.advanceStatus();
        assertEquals(IncidentStatus.FIXED, vm.statusProperty().get());
        assertEquals(Optional.of(NOW), vm.firstNoticeAt());
    }

    @Test
    void aFixIsProvenOnlyWhenAnActionIsDoneAndNoneIsOpen() {
        vm.advanceStatus();
        vm.advanceStatus();
        ActionRow open = vm.addAction();
        List<String> blockers = vm.advanceStatus();
        assertEquals(2, blockers.size(), blockers.toString());
        assertEquals(IncidentStatus.FIXED, vm.statusProperty().get());

        open.statusProperty().set(ActionStatus.DONE);
        assertEquals(LocalDate.of(2026, 11, 20), open.doneOnProperty().get(), "marked done today");
        ActionRow dropped = vm.addAction();
        dropped.statusProperty().set(ActionStatus.DROPPED);
        assertEquals(1, vm.advanceStatus().size(), "dropped without a reason still counts as open");
        dropped.droppedReasonProperty().set("Replaced by the checklist change.");
        assertEquals(List.of(), vm.advanceStatus());
        vm.advanceStatus();
        assertEquals(IncidentStatus.CLOSED, vm.statusProperty().get());
        assertTrue(vm.closedProperty().get());
    }

    @Test
    void whysCanBeAddedMovedAndMarked() {
        vm.whys().get(0).answerProperty().set("the oven timer failed");
        vm.moveWhy(0, 1);
        assertEquals("the oven timer failed", vm.whys().get(1).answerProperty().get());
        vm.markRootCause(1);
        assertTrue(vm.snapshot().whys().get(1).rootCause());
        vm.removeWhy(0);
        assertEquals(4, vm.whys().size());
        vm.addWhy();
        assertEquals(5, vm.whys().size());
    }

    @Test
    void oneOfferCanBeGivenToEveryone() {
        CustomerRow a = vm.addCustomer();
        vm.addCustomer();
        a.offerKindProperty().set(OfferKind.GIFT);
        a.offerAmount().textProperty().set("15");
        a.offerNoteProperty().set("A box of macarons");
        vm.applyOfferToAll(a);
        assertTrue(vm.snapshot().customers().stream().allMatch(c -> c.offerKind() == OfferKind.GIFT
                && c.offerAmount().equals(Optional.of(new BigDecimal("15.00")))));
        assertTrue(vm.isStepFilled(4));
    }

    @Test
    void aClosedIncidentOpensReadOnlyUntilUnlockedForThisOpening() {
        assertFalse(vm.readOnlyProperty().get(), "a new incident");
        Incident closed = SampleIncidents.edit(SampleIncidents.minimal("Old mix-up", NOW),
                e -> e.status = IncidentStatus.CLOSED);
        vm.load(closed);
        assertTrue(vm.readOnlyProperty().get());
        assertEquals("Old mix-up", vm.titleProperty().get());
        long before = vm.revisionProperty().get();

        vm.unlock();
        assertFalse(vm.readOnlyProperty().get());
        assertEquals(before, vm.revisionProperty().get(), "unlocking is not a change to save");
        vm.titleProperty().set("Old mix-up, corrected");
        assertEquals(SaveState.PENDING, vm.saveStateProperty().get());

        vm.load(closed);
        assertTrue(vm.readOnlyProperty().get(), "read-only again when opened again");
        vm.load(SampleIncidents.edit(closed, e -> e.status = IncidentStatus.FIX_PROVEN));
        assertFalse(vm.readOnlyProperty().get());
    }
}
