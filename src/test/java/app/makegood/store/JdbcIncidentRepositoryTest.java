package app.makegood.store;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Attachment;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.IncidentSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.attachment;
import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcIncidentRepositoryTest extends WorkbookTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    /** The sample incident with every field; its times go to the nanosecond, which H2 keeps. */
    Incident rich(String title, Instant createdAt) {
        return app.makegood.domain.SampleIncidents.rich(title, createdAt);
    }
    private Database database;
    private IncidentRepository repository;

    @BeforeEach
    void open() {
        database = workbook();
        repository = new JdbcIncidentRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void findReturnsEveryFieldAsSaved() {
        Incident incident = rich("Burnt birthday cake", T0);
        repository.save(incident);
        assertEquals(Optional.of(incident), repository.find(incident.id()));
    }

    /** The rich sample's actions differ in type, priority and evidence flag, and it has a public text. */
    @Test
    void actionTypePriorityEvidenceForCustomersAndPublicTextAreStored() {
        Incident incident = rich("Burnt birthday cake", T0);
        repository.save(incident);
        Incident read = repository.find(incident.id()).orElseThrow();
        assertEquals(incident.actions().stream().map(a -> List.of(a.type(), a.priority(), a.evidenceForCustomers()))
                .toList(), read.actions().stream().map(a -> List.of(a.type(), a.priority(), a.evidenceForCustomers()))
                .toList());
        assertEquals(incident.publicText(), read.publicText());
        Incident edited = incident.withPublicText("Changed.");
        repository.save(edited);
        assertEquals("Changed.", repository.find(incident.id()).orElseThrow().publicText());
    }

    @Test
    void minimalIncidentRoundTrips() {
        Incident incident = minimal("Nothing filled in", T0);
        repository.save(incident);
        assertEquals(Optional.of(incident), repository.find(incident.id()));
    }

    @Test
    void unknownIdIsEmpty() {
        assertEquals(Optional.empty(), repository.find("no-such-id"));
    }

    @Test
    void closeAndReopenLosesNothing() {
        Incident a = rich("Burnt birthday cake", T0);
        Incident b = minimal("Late delivery", T0.plusSeconds(60));
        repository.saveAll(List.of(a, b));
        database.close();

        open();
        assertEquals(Optional.of(a), repository.find(a.id()));
        assertEquals(Optional.of(b), repository.find(b.id()));
        assertEquals(2, repository.list().size());
    }

    @Test
    void savingAgainReplacesChildrenAndKeepsTheirOrder() {
        Incident before = rich("Burnt birthday cake", T0);
        repository.save(before);
        List<CorrectiveAction> actions = before.actions();
        CorrectiveAction first = actions.get(0);
        // Drop the last action, swap the first two, remove one attachment of the first, move the other to the
        // second action, add a new one; drop a customer and reverse the rest; fewer whys.
        CorrectiveAction firstEdited = withAttachments(first, List.of(attachment("new.png", "png bytes")));
        CorrectiveAction secondEdited = withAttachments(actions.get(1), List.of(first.attachments().get(1)));
        List<AffectedCustomer> customers = List.of(before.customers().get(2), before.customers().get(0));
        Incident after = edit(before, e -> {
            e.title = "Burnt cake (edited)";
            e.status = IncidentStatus.FIX_PROVEN;
            e.happenedAt = Optional.empty();
            e.admit = "";
            e.updates = before.updates().subList(1, 2);
            e.customers = customers;
            e.whys = before.whys().subList(0, 1);
            e.actions = List.of(secondEdited, firstEdited);
            e.followUpDue = Optional.empty();
        });

        repository.save(after);

        assertEquals(Optional.of(after), repository.find(after.id()));
        assertEquals(2, count("attachments"));
        assertEquals(2, count("corrective_actions"));
    }

    @Test
    void savingDoesNotRewriteStoredAttachments() throws SQLException {
        Incident incident = rich("Burnt birthday cake", T0);
        repository.save(incident);
        // Change a stored blob behind the repository's back: if save rewrote blobs, this would be undone.
        try (Connection c = database.dataSource().getConnection();
             var ps = c.prepareStatement("UPDATE attachments SET content = ? WHERE file_name = 'log.pdf'")) {
            ps.setBytes(1, "*".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            ps.executeUpdate();
        }

        repository.save(incident);

        byte[] content = repository.find(incident.id()).orElseThrow().actions().get(0).attachments().get(0).content();
        assertEquals("*", new String(content));
    }

    @Test
    void deleteRemovesTheIncidentAndAllItsRows() {
        Incident doomed = rich("Burnt birthday cake", T0);
        Incident kept = rich("Wrong order", T0.plusSeconds(1));
        repository.saveAll(List.of(doomed, kept));

        repository.delete(doomed.id());

        assertEquals(Optional.empty(), repository.find(doomed.id()));
        assertEquals(Optional.of(kept), repository.find(kept.id()));
        assertEquals(kept.customers().size(), count("affected_customers"));
        assertEquals(kept.updates().size(), count("status_updates"));
        assertEquals(kept.whys().size(), count("why_steps"));
        assertEquals(kept.actions().size(), count("corrective_actions"));
        assertEquals(3, count("attachments"));
    }

    @Test
    void listSummarisesNewestFirst() {
        // The rich sample has a follow-up letter due 15 Nov and an open action due 20 Nov.
        Incident noLetter = edit(rich("No letter due", T0), e -> e.followUpDue = Optional.empty());
        Incident empty = minimal("Nothing due", T0.plusSeconds(10));
        Incident letterFirst = rich("Letter first", T0.plusSeconds(20));
        Incident actionFirst = edit(rich("Action first", T0.plusSeconds(30)),
                e -> e.followUpDue = Optional.of(LocalDate.of(2026, 12, 24)));
        repository.saveAll(List.of(noLetter, empty, letterFirst, actionFirst));

        List<IncidentSummary> list = repository.list();

        assertEquals(List.of(
                summary(actionFirst, 3, LocalDate.of(2026, 11, 20)),
                summary(letterFirst, 3, LocalDate.of(2026, 11, 15)),
                summary(empty, 0, null),
                summary(noLetter, 3, LocalDate.of(2026, 11, 20))), list);
        for (Incident i : List.of(noLetter, empty, letterFirst, actionFirst)) {
            assertTrue(list.contains(summary(i, i.customers().size(), i.nextFollowUp().orElse(null))),
                    "the list agrees with Incident.nextFollowUp()");
        }
    }

    /** The first screenful's rows are those the full incidents give, newest first, and the same as list()'s. */
    @Test
    void listNewestGivesTheFirstRowsOfTheListAsTheFullIncidentsDescribeThem() {
        Incident noLetter = edit(rich("No letter due", T0), e -> e.followUpDue = Optional.empty());
        Incident empty = minimal("Nothing due", T0.plusSeconds(10));
        Incident letterFirst = rich("Letter first", T0.plusSeconds(20));
        Incident closed = edit(rich("Closed", T0.plusSeconds(30)), e -> e.status = IncidentStatus.CLOSED);
        repository.saveAll(List.of(noLetter, empty, letterFirst, closed));

        List<IncidentSummary> newest = repository.listNewest(3);

        List<IncidentSummary> fromFullIncidents = java.util.stream.Stream.of(closed, letterFirst, empty)
                .map(i -> repository.find(i.id()).orElseThrow())
                .map(i -> summary(i, i.customers().size(), i.nextFollowUp().orElse(null))).toList();
        assertEquals(fromFullIncidents, newest);
        assertEquals(repository.list().subList(0, 3), newest);
        assertEquals(repository.list(), repository.listNewest(100));
    }

    @Test
    void findAllGivesWhatFindGivesOneByOneWithoutEvidenceContents() {
        Incident rich = rich("Every child row", T0);
        Incident other = rich("Another with its own children", T0.plusSeconds(20));
        Incident newest = minimal("No children", T0.plusSeconds(30));
        Incident sameTime = minimal("Same time, ordered by id", T0.plusSeconds(30));
        repository.saveAll(List.of(rich, other, newest, sameTime));

        List<Incident> all = repository.findAllWithoutEvidenceContents();

        assertEquals(repository.list().stream().map(IncidentSummary::id).toList(),
                all.stream().map(Incident::id).toList(), "the list's order");
        for (Incident i : all) {
            assertEquals(repository.find(i.id()).map(Incident::withoutEvidenceContents), Optional.of(i));
        }
        Incident read = all.stream().filter(i -> i.id().equals(rich.id())).findFirst().orElseThrow();
        assertEquals(rich.withoutEvidenceContents(), read, "every field and child collection, in order");
        assertEquals(List.of("log.pdf", "photo.jpg"), read.actions().get(0).attachments().stream()
                .map(Attachment::fileName).toList());
    }

    @Test
    void findAllOfNothingIsEmpty() {
        assertEquals(List.of(), repository.findAllWithoutEvidenceContents());
    }

    @Test
    void nextFollowUpIgnoresFinishedActions() {
        Incident incident = rich("Only finished actions are due", T0);
        repository.save(edit(incident, e -> {
            e.followUpDue = Optional.empty();
            e.actions = incident.actions().stream().map(a -> new CorrectiveAction(a.id(), a.description(), a.owner(),
                    Optional.of(LocalDate.of(2026, 1, 1)), ActionStatus.DROPPED, a.evidenceNote(), a.attachments(),
                    Optional.empty(), "No longer needed."))
                    .toList();
        }));

        assertEquals(Optional.empty(), repository.list().get(0).nextFollowUp());
    }

    @Test
    void saveAllStoresNothingWhenOneIncidentFails() {
        Incident existing = minimal("Already there", T0);
        repository.save(existing);
        Incident good = rich("Good", T0.plusSeconds(1));
        Incident edited = edit(existing, e -> e.title = "Edited");
        Incident bad = rich("Two customers with one id", T0.plusSeconds(2));
        Incident twins = edit(bad, e -> e.customers = List.of(bad.customers().get(0), bad.customers().get(0)));

        StoreException e = assertThrows(StoreException.class, () -> repository.saveAll(List.of(good, edited, twins)));

        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals(List.of(existing.id()), repository.list().stream().map(IncidentSummary::id).toList());
        assertEquals(Optional.of(existing), repository.find(existing.id()));
    }

    // --- versions (issue 19): a save from an older read never overwrites a newer save

    @Test
    void everySaveAddsOneToTheVersionAndAnUnchangedIncidentSavesAgain() {
        Incident incident = minimal("Late delivery", T0);
        assertEquals(1, repository.saveIfUnchanged(incident, 0));
        repository.save(edit(incident, e -> e.title = "Late delivery, twice"));
        IncidentRepository.Stored stored = repository.findStored(incident.id()).orElseThrow();
        assertEquals(2, stored.version());

        Incident edited = edit(stored.incident(), e -> e.explain = "The van broke down.");
        assertEquals(3, repository.saveIfUnchanged(edited, stored.version()));
        assertEquals(new IncidentRepository.Stored(edited, 3), repository.findStored(incident.id()).orElseThrow());
    }

    @Test
    void aSaveFromAnOlderReadIsRefusedAndWritesNothing() {
        Incident incident = minimal("Late delivery", T0);
        repository.save(incident);
        IncidentRepository.Stored opened = repository.findStored(incident.id()).orElseThrow();
        Incident theirs = edit(incident, e -> e.admit = "We were late.");
        repository.save(theirs);

        Incident mine = edit(opened.incident(), e -> e.thank = "Thank you for waiting.");
        IncidentChangedException e = assertThrows(IncidentChangedException.class,
                () -> repository.saveIfUnchanged(mine, opened.version()));

        assertTrue(e.getMessage().startsWith("Someone else changed this incident since you opened it"), e.getMessage());
        assertEquals(Optional.of(new IncidentRepository.Stored(theirs, 2)), repository.findStored(incident.id()));
    }

    /** Deleted meanwhile: nothing to overwrite, so what the editor holds is stored again rather than lost. */
    @Test
    void anIncidentDeletedMeanwhileIsSavedAgain() {
        Incident incident = minimal("Late delivery", T0);
        repository.save(incident);
        long read = repository.findStored(incident.id()).orElseThrow().version();
        repository.delete(incident.id());

        assertEquals(1, repository.saveIfUnchanged(incident, read));
        assertEquals(Optional.of(incident), repository.find(incident.id()));
    }

    private static IncidentSummary summary(Incident i, int customers, LocalDate nextFollowUp) {
        return new IncidentSummary(i.id(), i.title(), i.category(), i.severity(), i.status(), i.createdAt(), customers,
                Optional.ofNullable(nextFollowUp), i.discoveredAt(), i.discoveredBy(), i.firstNoticeAt(),
                i.nextUpdateDue(), i.happenedAt(), i.milestones());
    }

    private static CorrectiveAction withAttachments(CorrectiveAction a, List<Attachment> files) {
        return new CorrectiveAction(a.id(), a.description(), a.owner(), a.due(), a.status(), a.evidenceNote(), files,
                a.doneOn(), a.droppedReason());
    }

    private int count(String table) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
