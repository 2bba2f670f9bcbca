package app.makegood.domain.letters;

import app.makegood.domain.LetterKind;
import app.makegood.domain.ActionPriority;
import app.makegood.domain.ActionStatus;
import app.makegood.domain.ActionType;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Ids;
import app.makegood.domain.Incident;
import app.makegood.domain.OfferKind;
import app.makegood.domain.PricePeriod;
import app.makegood.domain.StatusUpdate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static app.makegood.domain.SampleIncidents.attachment;
import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LettersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Function<BigDecimal, String> MONEY = amount -> "£" + amount.toPlainString();
    private final Incident incident = rich("Burnt cake", Instant.parse("2026-11-01T06:00:00Z"));
    private final BusinessProfile from = new BusinessProfile("Crumb & Co", "", "", "", "", Optional.empty(),
            "Sam", "Owner", "Warm wishes", PaperSize.A4);

    @Test
    void theApologyAdmitsThanksExplainsAndOffersThisCustomersAmends() {
        AffectedCustomer anna = incident.customers().get(0);
        LetterContent c = Letters.compose(LetterKind.APOLOGY, incident, anna, from, TODAY, MONEY);
        assertEquals("Anna Müller", c.customerName());
        assertEquals("Dear Anna", c.greeting());
        assertEquals("We burnt your cake, and we are sorry.", c.admit());
        assertEquals("Thank you for telling us straight away.", c.thank());
        assertTrue(c.explain().startsWith("The oven ran 40 degrees too hot."));
        assertEquals("Free delivery on the new cake", c.offerNote());
        assertEquals("£12.00", c.offerValue());
        assertEquals(List.of(), c.updates());
        assertEquals(List.of(), c.changes());
        assertEquals("Sam", c.signerName());
        assertEquals("Warm wishes", c.signOff());
        assertEquals(TODAY, c.date());
    }

    @Test
    void aRecurringOfferSaysWhatItIsWorthAndOverWhat() {
        AffectedCustomer anna = incident.customers().get(0);
        AffectedCustomer monthly = new AffectedCustomer(anna.id(), anna.name(), anna.email(), anna.expected(),
                Optional.of(new BigDecimal("30.00")), OfferKind.CREDIT, Optional.of(new BigDecimal("30.00")), "",
                anna.offerState(), "", "", "", Optional.empty()).withPeriods(PricePeriod.MONTHLY, PricePeriod.MONTHLY, 1);
        assertEquals("£30.00 (one month free at £30.00 a month)",
                Letters.compose(LetterKind.APOLOGY, incident, monthly, from, TODAY, MONEY).offerValue());
    }

    @Test
    void aCustomerWithoutGreetingOrOfferLeavesThosePartsEmpty() {
        AffectedCustomer ben = incident.customers().get(1);
        LetterContent c = Letters.compose(LetterKind.APOLOGY, incident, ben, from, TODAY, MONEY);
        assertEquals("", c.greeting());
        assertEquals("Ben O'Neil", c.customerName());
        assertEquals("", c.offerNote());
        assertEquals("", c.offerValue());
    }

    @Test
    void emptyIncidentTextGivesEmptyPartsNotBlankOnes() {
        Incident blank = edit(incident, e -> {
            e.admit = "   ";
            e.thank = "";
            e.explain = "\n";
        });
        LetterContent c = Letters.compose(LetterKind.APOLOGY, blank, blank.customers().get(1), from, TODAY, MONEY);
        assertEquals(List.of("", "", ""), List.of(c.admit(), c.thank(), c.explain()));
    }

    @Test
    void aStatusUpdateCarriesOnlyTheLatestUpdatesOldestFirst() {
        List<StatusUpdate> updates = List.of(update("2026-11-04", "fourth"), update("2026-11-01", "first"),
                update("2026-11-03", "third"), update("2026-11-02", "second"), update("2026-11-05", " "));
        Incident withUpdates = edit(incident, e -> e.updates = updates);
        LetterContent c = Letters.compose(LetterKind.STATUS_UPDATE, withUpdates, withUpdates.customers().get(0),
                from, TODAY, MONEY);
        assertEquals(List.of("second", "third", "fourth"), c.updates().stream().map(LetterContent.Update::text).toList());
        assertEquals(List.of("", "", "", "", ""), List.of(c.admit(), c.thank(), c.explain(), c.offerNote(), c.offerValue()));
        assertEquals(List.of(), c.changes());
    }

    @Test
    void aFollowUpListsTheDoneFixesWithTheirFilesAndTheThanks() {
        Incident fixed = edit(incident, e -> e.actions = List.of(checkOven(), CorrectiveAction.planned("Not yet")));
        LetterContent c = Letters.compose(LetterKind.FOLLOW_UP, fixed, fixed.customers().get(0), from, TODAY, MONEY);
        assertEquals(List.of(new LetterContent.Change("Check the oven every morning",
                Optional.of(LocalDate.of(2026, 11, 9)), "", List.of("checklist.pdf"))), c.changes());
        assertEquals("Thank you for telling us straight away.", c.thank());
        assertEquals(List.of("", "", ""), List.of(c.admit(), c.explain(), c.offerValue()));
    }

    /** Issue 17: "Internal evidence notes are printed in customer letters." */
    @Test
    void anEvidenceNoteReachesCustomersOnlyWhenMarkedForThem() {
        Incident internal = edit(incident, e -> e.actions = List.of(checkOven()));
        Incident shown = edit(incident, e -> e.actions = List.of(checkOven().withEvidenceForCustomers(true)));
        assertEquals("", followUp(internal).changes().get(0).evidenceNote());
        assertEquals("Checklist on the wall", followUp(shown).changes().get(0).evidenceNote());
    }

    /** Issue 17: the follow-up "lists an emergency mitigation as the fix". */
    @Test
    void aMitigationIsNeverListedAsAFix() {
        CorrectiveAction stopGap = switchOff();
        Incident i = edit(incident, e -> e.actions = List.of(stopGap, checkOven().withKind(ActionType.DETECT,
                Optional.of(ActionPriority.HIGH))));
        assertEquals(List.of("Check the oven every morning"),
                followUp(i).changes().stream().map(LetterContent.Change::description).toList());
        assertEquals(Optional.empty(), Letters.refusal(LetterKind.FOLLOW_UP, i));
    }

    /** Issue 17: "says 'This is what we have changed.' and lists nothing when no action is done". */
    @Test
    void aFollowUpWithoutADoneFixIsRefusedAndSaysWhy() {
        Incident nothingDone = edit(incident, e -> e.actions = List.of(CorrectiveAction.planned("Check the oven")));
        Incident onlyStopGap = edit(incident, e -> e.actions = List.of(switchOff()));
        Incident noActions = edit(incident, e -> e.actions = List.of());
        assertEquals(Optional.of(LetterRefusal.NO_FIX_DONE), Letters.refusal(LetterKind.FOLLOW_UP, nothingDone));
        assertEquals(Optional.of(LetterRefusal.NO_FIX_DONE), Letters.refusal(LetterKind.FOLLOW_UP, noActions));
        assertEquals(Optional.of(LetterRefusal.ONLY_MITIGATION_DONE), Letters.refusal(LetterKind.FOLLOW_UP, onlyStopGap));
        assertTrue(LetterRefusal.ONLY_MITIGATION_DONE.reason().contains("not the fix"));
        assertEquals(Optional.empty(), Letters.refusal(LetterKind.APOLOGY, nothingDone), "an apology needs no fix");
    }

    @Test
    void anUpdateLetterWithoutAWrittenUpdateIsRefused() {
        Incident none = edit(incident, e -> e.updates = List.of(update("2026-11-02", "  ")));
        assertEquals(Optional.of(LetterRefusal.NO_UPDATE_WRITTEN), Letters.refusal(LetterKind.STATUS_UPDATE, none));
        assertEquals(Optional.empty(), Letters.refusal(LetterKind.STATUS_UPDATE, incident));
    }

    /**
     * Issue 17: "we promised" only for a promise on record: the action, word for word, in an update that was sent,
     * or in Explain once customers were told. A draft update, or Explain nobody was told, promised nothing.
     */
    @Test
    void aPromiseCountsOnlyWhenATextThatReachedCustomersNamedTheAction() {
        Incident fixed = edit(incident, e -> {
            e.actions = List.of(checkOven());
            e.explain = "The oven ran too hot.";
            e.updates = List.of(new StatusUpdate(Ids.newId(), Instant.parse("2026-11-02T09:00:00Z"),
                    "From Monday we will check the oven every morning.", false));
        });
        assertFalse(followUp(fixed).promised(), "the update naming it was never sent");
        Incident sent = edit(fixed, e -> e.updates = List.of(update("2026-11-02",
                "From Monday we will CHECK the oven, every morning!")));
        assertTrue(followUp(sent).promised());
        Incident explained = edit(fixed, e -> e.explain = "We will check the oven every morning from now on.");
        assertTrue(followUp(explained).promised(), "Explain, and customers were told");
        Incident untold = edit(explained, e -> e.firstNoticeAt = Optional.empty());
        assertFalse(followUp(untold).promised(), "Explain that nobody was told promised nothing");
        Incident vague = edit(fixed, e -> e.explain = "We will make changes so this never happens again.");
        assertFalse(followUp(vague).promised(), "no action named");
    }

    /** Issue 17: the follow-up "never mentions the amends"; only what the customer accepted was given. */
    @Test
    void theFollowUpMentionsTheAmendsTheCustomerAccepted() {
        Incident fixed = edit(incident, e -> e.actions = List.of(checkOven()));
        assertEquals(Optional.of(new LetterContent.Amends(OfferKind.REPLACEMENT, "£12.00")),
                Letters.compose(LetterKind.FOLLOW_UP, fixed, fixed.customers().get(0), from, TODAY, MONEY).amends());
        for (AffectedCustomer notGiven : List.of(fixed.customers().get(1), fixed.customers().get(2))) {
            assertEquals(Optional.empty(), Letters.compose(LetterKind.FOLLOW_UP, fixed, notGiven, from, TODAY, MONEY)
                    .amends(), notGiven.offerState().name());
        }
        assertEquals(Optional.empty(), Letters.compose(LetterKind.APOLOGY, fixed, fixed.customers().get(0), from,
                TODAY, MONEY).amends(), "the apology makes the offer; it is not yet given");
    }

    private LetterContent followUp(Incident i) {
        return Letters.compose(LetterKind.FOLLOW_UP, i, i.customers().get(0), from, TODAY, MONEY);
    }

    private static CorrectiveAction checkOven() {
        return new CorrectiveAction(Ids.newId(), "Check the oven every morning", "Dana",
                Optional.empty(), ActionStatus.DONE, "Checklist on the wall",
                List.of(attachment("checklist.pdf", "%PDF")), Optional.of(LocalDate.of(2026, 11, 9)), "");
    }

    private static CorrectiveAction switchOff() {
        return new CorrectiveAction(Ids.newId(), "Switch the oven off and bake next door", "Dana", Optional.empty(),
                ActionStatus.DONE, "", List.of(), Optional.of(LocalDate.of(2026, 11, 1)), "")
                .withKind(ActionType.MITIGATE, Optional.of(ActionPriority.HIGH));
    }

    private static StatusUpdate update(String day, String text) {
        return new StatusUpdate(Ids.newId(), Instant.parse(day + "T09:00:00Z"), text, true);
    }
}
