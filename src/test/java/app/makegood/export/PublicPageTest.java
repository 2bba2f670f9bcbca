package app.makegood.export;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.ActionType;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Ids;
import app.makegood.domain.Incident;
import app.makegood.domain.Milestones;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.PublicStory;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.PaperSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicPageTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final BusinessProfile CRUMB = new BusinessProfile("Crumb & Co Bakery", "14 Mill Lane",
            "0117 496 0123", "hello@crumb.example", "crumb.example", Optional.empty(), "Sam Baker", "Owner",
            "Warm regards", PaperSize.A4);
    private final PublicPage page = new PublicPage(ZoneOffset.UTC, Locale.UK);

    /** The rich sample (names, emails, amounts, owners, notes, whys, evidence), with names typed into public texts. */
    private static Incident full(IncidentStatus status) {
        return edit(rich("Burnt <script>alert(1)</script> cakes", T0), e -> {
            e.status = status;
            e.admit = "We burnt Anna Müller's cake & we are sorry.";
            e.explain = "The oven ran 40 degrees too hot.\nWe are checking every batch, Anna Müller's cake first.";
            e.publicText = ""; // drawn from Explain
            e.milestones = Milestones.NONE; // the status follows the actions (and, below, the recorded times)
            List<StatusUpdate> updates = new ArrayList<>(e.updates);
            updates.add(new StatusUpdate(Ids.newId(), Instant.parse("2026-11-03T10:00:00Z"),
                    "Chloé, your refund is on its way (write to anna@example.com). Secret internal draft", false));
            e.updates = updates;
            e.actions = e.actions.stream().map(a -> a.status() == ActionStatus.IN_PROGRESS && status.compareTo(
                    IncidentStatus.FIX_PROVEN) >= 0 ? new CorrectiveAction(a.id(), a.description(), a.owner(), a.due(),
                    ActionStatus.DONE, a.evidenceNote(), a.attachments(), Optional.of(LocalDate.of(2026, 11, 12)),
                    "") : a).toList();
        });
    }

    @Test
    void everyPublicPartIsOnThePage() {
        for (String out : List.of(page.html(full(IncidentStatus.FIXED), CRUMB), page.markdown(full(IncidentStatus.FIXED), CRUMB))) {
            assertTrue(out.contains("Crumb"), "business name");
            assertTrue(out.contains("Burnt"), "title");
            assertFalse(out.contains("we are sorry"), "the admission, written to one customer, is not reused");
            assertTrue(out.contains("The oven ran 40 degrees too hot."), "explanation");
            assertTrue(out.contains("Oven off."), "the sent update");
            assertTrue(out.contains("1 Nov 2026, 09:00"), "the update's date");
            assertTrue(out.contains("Calibrate the oven thermometer weekly"), "what we are doing");
            assertTrue(out.contains("A customer told us about this on 1 Nov 2026, 07:00."), "who found it, without a name");
            assertTrue(out.contains("We told customers 1 h 15 min later."), "time to first notice");
            assertFalse(out.contains("The fix"), "no fix before it is proven");
        }
    }

    @Test
    void theFixShowsOnceProven() {
        String html = page.html(full(IncidentStatus.FIX_PROVEN), CRUMB);
        assertTrue(html.contains("<h2>The fix</h2>"));
        assertTrue(html.contains("Calibrate the oven thermometer weekly <span class=\"state\">(done 12 November 2026)"));
        assertTrue(html.contains("Resolved"));
        assertFalse(html.contains("What we are doing"));
    }

    @Test
    void nothingPrivateEverAppears() {
        Incident i = full(IncidentStatus.FIX_PROVEN);
        for (String out : List.of(page.html(i, CRUMB), page.markdown(i, CRUMB),
                page.html(full(IncidentStatus.FIXED), CRUMB))) {
            for (String secret : List.of("Anna", "Müller", "anna@example.com", "Ben O", "Chloé", "chloe@example.org",
                    "Order 1042", "Booking B-7", "Prefers phone calls", "48.50", "12.00", "1234567", "Free delivery",
                    "Dana", "Eli", "Log sheet", "log.pdf", "photo.jpg", "sensor is no longer made", "spare sensor",
                    "thermostat", "Nobody checks", "Why were", "Cakes came out burnt", "Thank you for telling us",
                    "New sensor fitted", "Secret internal draft", "MINIMISING")) {
                assertFalse(out.contains(secret), () -> "\"" + secret + "\" is private:\n" + out);
            }
            assertTrue(out.contains("a customer"), "names typed into public text are replaced");
        }
    }

    @Test
    void staffNamedInAnActionBecomeOurTeam() {
        Incident i = edit(full(IncidentStatus.FIXED), e -> e.actions = e.actions.stream()
                .map(a -> new CorrectiveAction(a.id(), a.owner() + " to check the oven every Monday", a.owner(), a.due(),
                        a.status(), a.evidenceNote(), a.attachments(), a.doneOn(), a.droppedReason())).toList());
        String html = page.html(i, CRUMB);
        assertTrue(html.contains("Our team to check the oven every Monday"), html);
        i.actions().stream().map(a -> a.owner()).filter(o -> !o.isBlank())
                .forEach(owner -> assertFalse(html.contains(owner), owner + " in " + html));
    }

    @Test
    void thePageSaysWhatHappenedInItsOwnPublicText() {
        Incident i = edit(full(IncidentStatus.FIXED), e -> e.publicText = "A faulty sensor burnt a morning's cakes.");
        for (String out : List.of(page.html(i, CRUMB), page.markdown(i, CRUMB))) {
            assertTrue(out.contains("A faulty sensor burnt a morning"), out);
            assertFalse(out.contains("The oven ran 40 degrees too hot."), "Explain is only the default");
        }
    }

    /** Issue 17: "I should have told you before you had to find out" is written to one customer, not the public. */
    @Test
    void theDefaultTextIsExplainWithoutWhatWasWrittenToOneCustomer() {
        Incident i = edit(full(IncidentStatus.FIXED), e -> {
            e.admit = "I should have told you before you had to find out.";
            e.explain = "Our van broke down. I should have told you before you had to find out. Your cake was late!"
                    + "\nWe now keep a spare van. My apologies again.";
        });
        assertEquals("Our van broke down.\nWe now keep a spare van.", PublicStory.defaultText(i.explain()));
        String md = page.markdown(i, CRUMB);
        assertTrue(md.contains("Our van broke down.\nWe now keep a spare van."), md);
        assertFalse(md.contains("find out"), md);
        assertFalse(md.contains("My apologies"), md);
    }

    @Test
    void theStatusLineFollowsWhatIsRecorded() {
        CorrectiveAction fix = done(CorrectiveAction.planned("Check the oven every morning"));
        CorrectiveAction stopGap = done(CorrectiveAction.planned("Switch the oven off"))
                .withKind(ActionType.MITIGATE, Optional.empty());
        CorrectiveAction open = CorrectiveAction.planned("Fit a new sensor");
        assertEquals("We are working on it", status(IncidentStatus.CUSTOMERS_TOLD, open));
        assertEquals("A temporary measure is in place, and we are working on the fix",
                status(IncidentStatus.CUSTOMERS_TOLD, stopGap, open));
        assertEquals("Part of the fix is in place, and we are working on the rest",
                status(IncidentStatus.CUSTOMERS_TOLD, fix, open));
        assertEquals("Fixed, and we are checking the fix", status(IncidentStatus.CUSTOMERS_TOLD, fix, stopGap),
                "the fix is done: no \"We are working on it\" though the status was never moved on");
        assertEquals("Resolved", status(IncidentStatus.FIX_PROVEN, fix, stopGap));
        Instant noon = Instant.parse("2026-11-02T12:00:00Z");
        assertEquals("The service is back to normal, and we are working on the fix",
                status(IncidentStatus.CUSTOMERS_TOLD,
                        new Milestones(Optional.of(noon), Optional.empty(), Set.of(), Optional.empty()), stopGap, open));
        assertEquals("Resolved", status(IncidentStatus.FIXED,
                new Milestones(Optional.of(noon), Optional.of(noon), Set.of(), Optional.empty()), fix),
                "a recorded resolved time is the owner saying it is resolved");
        String proven = page.html(edit(full(IncidentStatus.FIX_PROVEN), e -> e.actions = List.of(fix, stopGap)), CRUMB);
        assertTrue(proven.contains("Check the oven every morning"), proven);
        assertFalse(proven.contains("Switch the oven off"), "a stop-gap is not part of the fix");
    }

    private String status(IncidentStatus status, CorrectiveAction... actions) {
        return status(status, Milestones.NONE, actions);
    }

    private String status(IncidentStatus status, Milestones times, CorrectiveAction... actions) {
        Incident i = edit(full(status), e -> {
            e.actions = List.of(actions);
            e.milestones = times;
        });
        String md = page.markdown(i, CRUMB);
        String line = md.lines().filter(l -> l.startsWith("*Crumb")).findFirst().orElseThrow();
        return line.substring(line.indexOf("**") + 2, line.lastIndexOf("**"));
    }

    private static CorrectiveAction done(CorrectiveAction a) {
        return new CorrectiveAction(a.id(), a.description(), "", Optional.empty(), ActionStatus.DONE, "", List.of(),
                Optional.of(LocalDate.of(2026, 11, 9)), "");
    }

    @Test
    void userTextIsEscapedAndThePageFetchesNothing() {
        String html = page.html(full(IncidentStatus.FIXED), CRUMB);
        assertFalse(html.contains("<script"), "no script, not even a typed one");
        assertTrue(html.contains("Burnt &lt;script&gt;alert(1)&lt;/script&gt; cakes"));
        assertTrue(html.contains("Crumb &amp; Co Bakery"));
        assertTrue(html.contains("The oven ran 40 degrees too hot.<br>We are checking every batch,"), html);
        assertFalse(html.matches("(?s).*(src=|href=|@import|url\\().*"), "self-contained: no external request");
        String md = page.markdown(full(IncidentStatus.FIXED), CRUMB);
        assertTrue(md.contains("Burnt \\<script\\>alert(1)\\</script\\> cakes"));
    }

    @Test
    void theHistoryListsToldIncidentsNewestFirstAndLeavesOutTheRest(@TempDir Path folder) throws Exception {
        Instant weekBefore = T0.minusSeconds(7 * 86_400);
        Incident older = edit(minimal("Late van", weekBefore), e -> {
            e.discoveredAt = Optional.of(weekBefore);
            e.firstNoticeAt = Optional.of(weekBefore.plusSeconds(600));
        });
        Incident newer = full(IncidentStatus.FIXED);
        Incident untold = edit(minimal("Nobody knows yet", T0.plusSeconds(99_999)), e -> { });
        PublicPage.History h = page.writeHistory(List.of(older, untold, newer), CRUMB, folder.resolve("site"));
        assertEquals(2, h.pages());
        assertEquals(1, h.leftOut());
        String index = Files.readString(h.index());
        assertTrue(index.contains("Our incident history"));
        assertTrue(index.indexOf("Late van") > index.indexOf("Burnt"), "newest first:\n" + index);
        assertFalse(index.contains("Nobody knows yet"));
        try (var files = Files.list(folder.resolve("site"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(3, names.size(), names.toString());
            assertTrue(names.contains("index.html"));
            for (String name : names) {
                assertTrue(index.contains("href=\"" + name + "\"") || name.equals("index.html"), name);
                assertFalse(Files.readString(folder.resolve("site").resolve(name)).contains("anna@example.com"));
            }
        }
    }

    /** The title is public text too: the customer's name is neither on the page nor in the history's file name. */
    @Test
    void aTitleNamingACustomerNamesNobody(@TempDir Path folder) throws Exception {
        Incident i = edit(full(IncidentStatus.FIXED), e -> e.title = "Refund for Chloe (Muller order, \u20ac48.50)");
        for (String out : List.of(page.html(i, CRUMB), page.markdown(i, CRUMB))) {
            assertTrue(out.contains("Refund for a customer (a customer order, "), out);
            assertFalse(out.matches("(?is).*(chlo|m\u00fcller|muller|48[.,]50).*"), out);
        }
        page.writeHistory(List.of(i), CRUMB, folder);
        try (var files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("index.html", "refund-for-a-customer-a-customer-order-amount-"
                    + i.id().replace("-", "").substring(0, 8) + ".html"), names);
        }
        assertFalse(Files.readString(folder.resolve("index.html")).toLowerCase(Locale.ROOT).contains("chlo"));
    }
}
