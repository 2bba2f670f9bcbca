package app.makegood.domain.letters;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Ids;
import app.makegood.domain.Incident;
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
    void aFollowUpListsTheDoneActionsWithTheirEvidenceAndThanksAgain() {
        CorrectiveAction done = new CorrectiveAction(Ids.newId(), "Check the oven every morning", "Dana",
                Optional.empty(), ActionStatus.DONE, "Checklist on the wall",
                List.of(attachment("checklist.pdf", "%PDF")), Optional.of(LocalDate.of(2026, 11, 9)), "");
        Incident fixed = edit(incident, e -> e.actions = List.of(done, CorrectiveAction.planned("Not yet")));
        LetterContent c = Letters.compose(LetterKind.FOLLOW_UP, fixed, fixed.customers().get(0), from, TODAY, MONEY);
        assertEquals(List.of(new LetterContent.Change("Check the oven every morning",
                Optional.of(LocalDate.of(2026, 11, 9)), "Checklist on the wall", List.of("checklist.pdf"))), c.changes());
        assertEquals("Thank you for telling us straight away.", c.thank());
        assertEquals(List.of("", "", ""), List.of(c.admit(), c.explain(), c.offerValue()));
    }

    private static StatusUpdate update(String day, String text) {
        return new StatusUpdate(Ids.newId(), Instant.parse(day + "T09:00:00Z"), text, true);
    }
}
