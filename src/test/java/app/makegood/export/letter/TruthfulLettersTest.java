package app.makegood.export.letter;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.ActionType;
import app.makegood.domain.Ids;
import app.makegood.domain.Incident;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.LetterRefusal;
import app.makegood.domain.letters.Letters;
import app.makegood.domain.letters.PaperSize;
import app.makegood.export.LetterException;
import app.makegood.export.letter.LetterExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.export.letter.LetterSamples.DEFAULTS;
import static app.makegood.export.letter.LetterSamples.TODAY;
import static app.makegood.export.letter.LetterSamples.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, as the customer reads it: every sentence the templates add about a fix, a promise, a thanks or amends
 * stands only on a field the owner recorded, in the text and the HTML (PDF) part alike.
 */
class TruthfulLettersTest {
    private static final BusinessProfile BAKERY = LetterSamples.bakery(PaperSize.A4, false);
    private static final String TITLE = "Saturday's wedding cakes delivered two hours late";
    @TempDir
    java.nio.file.Path folder;

    private RenderedLetter render(LetterKind kind, Incident incident, int customer) {
        RenderedLetter letter = new LetterRenderer(new LetterTemplates(folder), ZONE, Locale.UK).render(Letters.compose(
                kind, incident, incident.customers().get(customer), BAKERY, TODAY, DEFAULTS.moneyFormat(Locale.UK)));
        assertEquals(List.of(), letter.problems());
        return letter;
    }

    /** Both parts of the letter, the HTML one as its text (one space between words, no tags). */
    private String both(LetterKind kind, Incident incident, int customer) {
        RenderedLetter letter = render(kind, incident, customer);
        return letter.text() + "\n" + letter.xhtml().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")
                .replace("&#39;", "'");
    }

    @Test
    void thankYouAgainOnlyWhenAThanksWasRecorded() {
        Incident sample = LetterSamples.incident();
        String thanked = both(LetterKind.FOLLOW_UP, sample, 0);
        assertEquals(2, count(thanked, "Thank you again"), thanked);
        String unthanked = both(LetterKind.FOLLOW_UP, edit(sample, e -> e.thank = " "), 0);
        assertFalse(unthanked.contains("Thank you again"), unthanked);
        assertFalse(unthanked.contains("thank"), unthanked);
    }

    @Test
    void wePromisedOnlyWhenAPromiseWasRecorded() {
        Incident sample = LetterSamples.incident();
        for (LetterKind kind : LetterKind.values()) {
            String letter = both(kind, sample, 0);
            assertFalse(letter.contains("promise"), kind + ": nothing in the record promised it\n" + letter);
        }
        Incident promised = edit(sample, e -> {
            List<StatusUpdate> updates = new ArrayList<>(e.updates);
            updates.add(new StatusUpdate(Ids.newId(), Instant.parse("2026-11-16T10:00:00Z"),
                    "We will add vehicle service dates to the weekly checklist.", true));
            e.updates = updates;
        });
        String letter = both(LetterKind.FOLLOW_UP, promised, 0);
        assertEquals(2, count(letter, "When we told you what went wrong, we promised"), letter);
    }

    @Test
    void theFollowUpMentionsTheAmendsGivenAndOnlyThose() {
        Incident sample = LetterSamples.incident();
        String zoe = both(LetterKind.FOLLOW_UP, sample, 0);
        assertEquals(2, count(zoe, "you accepted our offer of a refund, worth £420.00."), zoe);
        String oyvind = both(LetterKind.FOLLOW_UP, sample, 1);
        assertFalse(oyvind.contains("accepted"), "Øyvind was offered a refund, and has not accepted it:\n" + oyvind);
    }

    @Test
    void theFollowUpListsNoStopGapAndKeepsInternalEvidenceInternal() {
        Incident sample = edit(LetterSamples.incident(), e -> e.actions = List.of(
                e.actions.get(0).withEvidenceForCustomers(false),
                done(e.actions.get(1)).withKind(ActionType.MITIGATE, Optional.empty())));
        String letter = both(LetterKind.FOLLOW_UP, sample, 0);
        assertTrue(letter.contains("Add vehicle service dates to the weekly checklist"), letter);
        assertFalse(letter.contains("Checklist version 2"), "an internal evidence note:\n" + letter);
        assertFalse(letter.contains("standby van"), "a stop-gap is not the fix:\n" + letter);
    }

    @Test
    void subjectsNameTheIncidentNotTheOrder() {
        Incident sample = LetterSamples.incident();
        assertEquals("Our apology: " + TITLE, render(LetterKind.APOLOGY, sample, 0).subject());
        assertEquals("An update for you: " + TITLE, render(LetterKind.STATUS_UPDATE, sample, 0).subject());
        assertEquals("What we have changed: " + TITLE, render(LetterKind.FOLLOW_UP, sample, 0).subject());
        assertTrue(render(LetterKind.APOLOGY, sample, 0).text().startsWith("Your reference: Order 2311\n"),
                "the order is still in the letter, just not in the subject");
    }

    @Test
    void anUpdateSaysMoreWillFollowOnlyWhileTheIncidentIsOpen() {
        Incident sample = LetterSamples.incident(); // FIXED
        assertFalse(both(LetterKind.STATUS_UPDATE, sample, 0).contains("We will write again"));
        Incident open = edit(sample, e -> e.status = app.makegood.domain.IncidentStatus.CUSTOMERS_TOLD);
        assertEquals(2, count(both(LetterKind.STATUS_UPDATE, open, 0), "We will write again"));
    }

    @Test
    void noFollowUpIsMadeWithoutADoneFixEvenIfAskedDirectly() {
        Incident nothingDone = edit(LetterSamples.incident(), e -> e.actions = e.actions.stream()
                .map(a -> new app.makegood.domain.CorrectiveAction(a.id(), a.description(), a.owner(), a.due(),
                        ActionStatus.IN_PROGRESS, a.evidenceNote(), a.attachments(), Optional.empty(), "")).toList());
        LetterExport export = new LetterExport(new LetterTemplates(folder), BundledFonts.load(),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZONE), Locale.UK);
        LetterException e = assertThrows(LetterException.class, () -> export.draft(LetterKind.FOLLOW_UP, nothingDone,
                nothingDone.customers().get(0), BAKERY, DEFAULTS, TODAY));
        assertEquals(LetterRefusal.NO_FIX_DONE.reason(), e.getMessage());
    }

    private static app.makegood.domain.CorrectiveAction done(app.makegood.domain.CorrectiveAction a) {
        return new app.makegood.domain.CorrectiveAction(a.id(), a.description(), a.owner(), a.due(),
                ActionStatus.DONE, a.evidenceNote(), a.attachments(), Optional.of(TODAY), "");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
