package app.makegood.domain.review;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.OfferState;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DueRulesTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZONE);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private static CorrectiveAction action(String what, ActionStatus status, Optional<LocalDate> due) {
        return new CorrectiveAction("a-" + what, what, "", due, status, "", List.of(), Optional.empty(), "");
    }

    private static AffectedCustomer customer(String name, OfferState state) {
        AffectedCustomer c = AffectedCustomer.named(name, name.toLowerCase() + "@example.com");
        return new AffectedCustomer(c.id(), c.name(), c.email(), "", Optional.empty(), c.offerKind(), Optional.empty(),
                "", state, "", "", "", Optional.empty());
    }

    private static Incident incident(IncidentStatus status, List<CorrectiveAction> actions, List<StatusUpdate> updates,
                                     List<AffectedCustomer> customers, Optional<LocalDate> followUpDue) {
        return SampleIncidents.edit(SampleIncidents.minimal("Late cakes", Instant.parse("2026-11-01T10:00:00Z")), e -> {
            e.status = status;
            e.actions = actions;
            e.updates = updates;
            e.customers = customers;
            e.followUpDue = followUpDue;
        });
    }

    @Test
    void actionsOverdueOrDueWithinAWeekAreDueOthersAreNot() {
        Incident i = incident(IncidentStatus.FIXED, List.of(
                action("overdue", ActionStatus.PLANNED, Optional.of(TODAY.minusDays(1))),
                action("today", ActionStatus.IN_PROGRESS, Optional.of(TODAY)),
                action("in a week", ActionStatus.PLANNED, Optional.of(TODAY.plusDays(7))),
                action("in eight days", ActionStatus.PLANNED, Optional.of(TODAY.plusDays(8))),
                action("no date", ActionStatus.PLANNED, Optional.empty()),
                action("done late", ActionStatus.DONE, Optional.of(TODAY.minusDays(10))),
                action("dropped", ActionStatus.DROPPED, Optional.of(TODAY.minusDays(10)))), List.of(), List.of(), Optional.empty());
        assertEquals(List.of(
                new DueItem(i.id(), "Late cakes", DueKind.ACTION_OVERDUE, "overdue", Optional.of(TODAY.minusDays(1))),
                new DueItem(i.id(), "Late cakes", DueKind.ACTION_DUE_SOON, "today", Optional.of(TODAY)),
                new DueItem(i.id(), "Late cakes", DueKind.ACTION_DUE_SOON, "in a week", Optional.of(TODAY.plusDays(7)))),
                DueRules.of(i, List.of(), TODAY, ZONE));
    }

    @Test
    void theFollowUpLetterIsDueByItsDateOrOnceEveryActionIsFinishedUntilOneIsSent() {
        Incident dated = incident(IncidentStatus.FIXED, List.of(), List.of(), List.of(), Optional.of(TODAY.plusDays(3)));
        assertEquals(List.of(new DueItem(dated.id(), "Late cakes", DueKind.FOLLOW_UP_LETTER, "", Optional.of(TODAY.plusDays(3)))),
                DueRules.of(dated, List.of(), TODAY, ZONE));
        Incident later = incident(IncidentStatus.FIXED, List.of(), List.of(), List.of(), Optional.of(TODAY.plusDays(30)));
        assertEquals(List.of(), DueRules.of(later, List.of(), TODAY, ZONE));

        Incident allDone = incident(IncidentStatus.FIX_PROVEN,
                List.of(action("checklist", ActionStatus.DONE, Optional.of(TODAY.minusDays(3)))), List.of(), List.of(), Optional.empty());
        assertEquals(List.of(DueKind.FOLLOW_UP_LETTER), kinds(DueRules.of(allDone, List.of(), TODAY, ZONE)));

        LetterRecord sent = new LetterRecord("l1", allDone.id(), "c1", "Anna", LetterKind.FOLLOW_UP, LetterFormat.PDF,
                "/tmp/x.pdf", Instant.parse("2026-11-20T10:00:00Z"));
        assertEquals(List.of(), DueRules.of(allDone, List.of(sent), TODAY, ZONE));
        assertEquals(List.of(), DueRules.of(dated, List.of(sent), TODAY, ZONE));
    }

    @Test
    void updatesNotSentAndOffersNotAnsweredAreDue() {
        Incident i = incident(IncidentStatus.CUSTOMERS_TOLD, List.of(), List.of(
                        new StatusUpdate("u1", Instant.parse("2026-11-20T23:30:00Z"), "The new oven   arrives on Monday.", false),
                        new StatusUpdate("u2", Instant.parse("2026-11-19T10:00:00Z"), "Oven off.", true),
                        new StatusUpdate("u3", Instant.parse("2026-11-19T10:00:00Z"), "  ", false)),
                List.of(customer("Anna", OfferState.OFFERED), customer("Ben", OfferState.ACCEPTED),
                        customer("Chloé", OfferState.NOT_OFFERED), customer("Dev", OfferState.DECLINED)),
                Optional.empty());
        List<DueItem> due = DueRules.of(i, List.of(), TODAY, ZONE);
        assertEquals(List.of(
                // Written 23:30 UTC on the 20th is still the 20th in London.
                new DueItem(i.id(), "Late cakes", DueKind.UPDATE_NOT_SENT, "The new oven arrives on Monday.",
                        Optional.of(LocalDate.of(2026, 11, 20))),
                new DueItem(i.id(), "Late cakes", DueKind.OFFER_UNANSWERED, "Anna", Optional.empty())), due);
        assertEquals(3, due.get(0).kind().step());
        assertEquals(4, due.get(1).kind().step());
    }

    @Test
    void aClosedIncidentAsksForNothing() {
        Incident closed = incident(IncidentStatus.CLOSED,
                List.of(action("overdue", ActionStatus.PLANNED, Optional.of(TODAY.minusDays(1)))), List.of(),
                List.of(customer("Anna", OfferState.OFFERED)), Optional.of(TODAY));
        assertEquals(List.of(), DueRules.of(closed, List.of(), TODAY, ZONE));
    }

    @Test
    void theNextUpdateIsDueOnItsDayUntilTheFixIsProven() {
        Incident waiting = SampleIncidents.edit(incident(IncidentStatus.CUSTOMERS_TOLD, List.of(), List.of(), List.of(),
                Optional.empty()), e -> e.nextUpdateDue = Optional.of(TODAY.atTime(9, 0).atZone(ZONE).toInstant()));
        assertEquals(List.of(DueKind.UPDATE_DUE),
                DueRules.of(waiting, List.of(), TODAY, ZONE).stream().map(DueItem::kind).toList());
        assertEquals(List.of(), DueRules.of(waiting, List.of(), TODAY.minusDays(1), ZONE), "tomorrow's is not due yet");
        Incident proven = SampleIncidents.edit(waiting, e -> e.status = IncidentStatus.FIX_PROVEN);
        assertEquals(List.of(), DueRules.of(proven, List.of(), TODAY, ZONE), "no update owed once proven");
    }

    @Test
    void sortedOverdueFirstThenByDateUndatedCountAsToday() {
        DueItem soon = new DueItem("1", "B", DueKind.ACTION_DUE_SOON, "x", Optional.of(TODAY.plusDays(2)));
        DueItem overdue = new DueItem("2", "C", DueKind.ACTION_OVERDUE, "y", Optional.of(TODAY.minusDays(5)));
        DueItem offer = new DueItem("3", "A", DueKind.OFFER_UNANSWERED, "Anna", Optional.empty());
        assertEquals(List.of(overdue, offer, soon), DueRules.sorted(List.of(soon, offer, overdue), TODAY));
        assertEquals(true, overdue.isOverdue(TODAY));
        assertEquals(false, offer.isOverdue(TODAY));
    }

    private static List<DueKind> kinds(List<DueItem> items) {
        return items.stream().map(DueItem::kind).toList();
    }
}
