package app.makegood.service;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Attachment;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.WhyStep;
import app.makegood.export.ImportException;
import app.makegood.export.IncidentJson;
import app.makegood.store.Database;
import app.makegood.store.IncidentRepository;
import app.makegood.store.JdbcIncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, items 2, 5 and 11: what an import refuses, and how it says so. */
class IncidentImportTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;
    private Database database;
    private IncidentRepository repository;
    private IncidentImport importer;
    /** Stored before each test: the incident whose ids a bad file reuses. */
    private Incident cake;
    private List<Incident> before;

    @BeforeEach
    void store() {
        database = Database.open(dir.resolve("data"));
        repository = new JdbcIncidentRepository(database);
        importer = new IncidentImport(new IncidentJson(), repository);
        cake = rich("Burnt birthday cake", T0);
        repository.saveAll(List.of(cake, minimal("Late van", T0.plusSeconds(1))));
        before = all();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void countsNewAndReplacedIncidents() throws IOException {
        Incident newerCake = edit(cake, e -> e.title = "Burnt cake, oven fixed");
        Incident bread = rich("Stale bread", T0.plusSeconds(2));
        IncidentImport.Result done = importer.importFile(file(newerCake, bread));
        assertEquals(new IncidentImport.Result(2, 1, 1), done);
        assertEquals(newerCake, repository.find(cake.id()).orElseThrow());
        assertEquals(bread, repository.find(bread.id()).orElseThrow());
    }

    @Test
    void anActionIdOfAnotherIncidentIsRefusedAndItsEvidenceStays() throws IOException {
        CorrectiveAction taken = cake.actions().get(0); // holds two evidence files
        Incident bread = edit(rich("Stale bread", T0.plusSeconds(2)), e -> e.actions = List.of(
                new CorrectiveAction(taken.id(), "Check the flour", "", Optional.empty(), null, "", List.of(),
                        Optional.empty(), "")));
        String message = assertRefused(file(bread));
        assertEquals("The corrective action id " + taken.id() + " of incident \"Stale bread\" belongs to the incident"
                + " \"Burnt birthday cake\" already in MakeGood. Importing would take it away from that incident,"
                + " so the file was refused. If the file was copied from this database and edited, give the copied"
                + " records new ids or remove them.", message);
        Incident still = repository.find(cake.id()).orElseThrow();
        assertEquals(cake, still);
        assertEquals(2, still.actions().get(0).attachments().size(), "the evidence files are still there");
        assertArrayEquals(taken.attachments().get(0).content(), still.actions().get(0).attachments().get(0).content());
    }

    @Test
    void customerUpdateAndAttachmentIdsOfAnotherIncidentAreRefusedTogether() throws IOException {
        Attachment file = cake.actions().get(0).attachments().get(1);
        Incident bread = edit(rich("Stale bread", T0.plusSeconds(2)), e -> {
            e.customers = List.of(AffectedCustomer.named("Anna", "anna@example.com"), sameId(cake.customers().get(2)));
            e.updates = List.of(new StatusUpdate(cake.updates().get(1).id(), T0, "Ovens checked.", false));
            CorrectiveAction own = CorrectiveAction.planned("Check the flour");
            e.actions = List.of(new CorrectiveAction(own.id(), own.description(), "", Optional.empty(), null, "",
                    List.of(new Attachment(file.id(), "flour.jpg", new byte[] {1, 2})), Optional.empty(), ""));
        });
        String message = assertRefused(file(minimal("Cold soup", T0), bread));
        assertTrue(message.startsWith("3 ids in the file belong to other incidents already in MakeGood:\n"), message);
        for (String id : List.of(cake.customers().get(2).id(), cake.updates().get(1).id(), file.id())) {
            assertTrue(message.contains(" id " + id + " of incident \"Stale bread\" belongs to the incident"
                    + " \"Burnt birthday cake\"."), message);
        }
        assertTrue(message.contains("- the customer id"), message);
        assertTrue(message.contains("- the status update id"), message);
        assertTrue(message.contains("- the attachment id"), message);
        assertEquals(before, all());
    }

    @Test
    void theSameIdsUnderTheSameIncidentAreAReplacementNotACollision() throws IOException {
        Incident edited = edit(cake, e -> e.customers = List.of(e.customers.get(0)));
        assertEquals(new IncidentImport.Result(1, 0, 1), importer.importFile(file(edited)));
        assertEquals(edited, repository.find(cake.id()).orElseThrow());
    }

    @Test
    void aLoneSurrogateInATitleIsRefused() throws IOException {
        String message = assertRefused(file(minimal("Broken \ud800 title", T0.plusSeconds(3))));
        assertEquals("Incident \"Broken \\uD800 title\" cannot be imported: title holds half of a character"
                + " (\\uD800 at position 8), which is not valid text: \"Broken \\uD800 title\".", message);
        // Written as JSON's own escape, as another program would, it is refused the same way.
        Path escaped = write(Files.readString(file(minimal("Broken X title", T0))).replace("Broken X", "Broken \\ud800"));
        assertTrue(assertRefused(escaped).contains("title holds half of a character"));
    }

    @Test
    void controlCharactersInOneLineFieldsAreRefused() throws IOException {
        Incident bell = edit(rich("Oven\u0007 alarm", T0), e -> e.customers = List.of(
                AffectedCustomer.named("Anna\nMüller", "anna@example.com")));
        String message = assertRefused(file(bell));
        assertTrue(message.startsWith("2 problems keep the file from being imported:\n"), message);
        assertTrue(message.contains("- Incident \"Oven\\u0007 alarm\": title holds a control character (\\u0007 at"
                + " position 5), and this field is one line: \"Oven\\u0007 alarm\"."), message);
        assertTrue(message.contains(": customers[0].name holds a control character (\\u000A at position 5)"), message);
        // Line breaks are fine where the window has a text area.
        Incident letter = edit(rich("Oven alarm", T0), e -> e.explain = "Line one.\nLine two.\r\n\tIndented.");
        importer.importFile(file(letter));
    }

    @Test
    void everyProblemIsListedUpToTwentyAndEachQuotesAtMostEightyCharacters() throws IOException {
        List<Incident> bad = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            bad.add(minimal("T".repeat(300) + i, T0.plusSeconds(i)));
        }
        String message = assertRefused(file(bad.toArray(Incident[]::new)));
        String[] lines = message.split("\n");
        assertEquals("25 problems keep the file from being imported:", lines[0]);
        assertEquals(22, lines.length, message);
        assertEquals("- and 5 more.", lines[21]);
        String quoted = "\"" + "T".repeat(80) + "…\"";
        assertEquals("- Incident " + quoted + ": title is 301 characters long; the window allows 200 (it starts "
                + quoted + ").", lines[1]);
    }

    @Test
    void idsDatesAmountsAndRootCausesAreCheckedAsTheFormatSays() throws IOException {
        Incident bad = edit(rich("Oven", T0), e -> {
            e.whys = List.of(new WhyStep("Why?", "A", true), new WhyStep("Why?", "B", true));
            e.followUpDue = Optional.of(LocalDate.of(20260, 1, 1));
            e.customers = List.of(withOffer(e.customers.get(0), new BigDecimal("12.345")));
        });
        Incident handMade = edit(minimal("Hand made", T0), e -> e.id = "incident-1");
        String message = assertRefused(file(bad, handMade));
        assertTrue(message.contains("- Incident \"Oven\": whys marks 2 answers as the root cause; at most one may"
                + " be."), message);
        assertTrue(message.contains("- Incident \"Oven\": followUpDue is +20260-01-01, outside the years 1900 to"
                + " 2199."), message);
        assertTrue(message.contains("- Incident \"Oven\": customers[0].offerAmount is \"12.345\", more exact than a"
                + " cent; MakeGood would have to round it."), message);
        assertTrue(message.contains("- Incident \"Hand made\": id \"incident-1\" is not an id MakeGood writes"), message);
        assertEquals(before, all());
    }

    @Test
    void aDuplicateCustomerIdIsNamedNotASaveFailure() throws IOException {
        AffectedCustomer anna = AffectedCustomer.named("Anna", "anna@example.com");
        Incident one = edit(minimal("Oven", T0), e -> e.customers = List.of(anna));
        Incident two = edit(minimal("Van", T0), e -> e.customers = List.of(sameId(anna)));
        String message = assertRefused(file(one, two));
        assertEquals("Incident \"Van\" cannot be imported: customers[0].id " + anna.id() + " appears more than once"
                + " in the file (also in incident 1, customers[0].id); each customer id must be unique.",
                message);
    }

    @Test
    void aNumberOutOfRangeIsNamed() throws IOException {
        Incident oven = edit(minimal("Oven", T0), e -> e.customers = List.of(AffectedCustomer.named("Anna", "")));
        String json = Files.readString(file(oven));
        assertTrue(json.contains("\"offerAmount\" : null"), json);
        Path file = write(json.replace("\"offerAmount\" : null", "\"offerAmount\" : 1e400"));
        assertEquals("Incident \"Oven\" cannot be imported: customers[0].offerAmount is \"1E+400\", too large: at"
                + " most 10 digits before the decimal point.", assertRefused(file));
    }

    @Test
    void aDuplicateKeyIsNamedWithWhereItIs() throws IOException {
        String json = Files.readString(file(minimal("Oven", T0)));
        Path file = write(json.replace("\"title\" : \"Oven\",", "\"title\" : \"Oven\",\n      \"title\" : \"Van\","));
        String message = assertRefused(file);
        assertTrue(message.startsWith("The key \"title\" appears twice in \"incidents[0]\" (problem at line "), message);
        assertTrue(message.endsWith("Each key may appear only once: the file was changed by hand or by another"
                + " program. Export it again from the original."), message);
    }

    private static AffectedCustomer sameId(AffectedCustomer c) {
        return new AffectedCustomer(c.id(), "Someone else", "", "", Optional.empty(), null, Optional.empty(), "",
                null, "", "", "", Optional.empty());
    }

    private static AffectedCustomer withOffer(AffectedCustomer c, BigDecimal offer) {
        return new AffectedCustomer(c.id(), c.name(), c.email(), c.expected(), c.expectedValue(), c.offerKind(),
                Optional.of(offer), c.offerNote(), c.offerState(), c.salutation(), c.reference(), c.notes(),
                c.futureValue());
    }

    /** The import fails as a bad file, changing nothing; returns its message. */
    private String assertRefused(Path file) {
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file));
        assertEquals(before, all(), "nothing was changed");
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        return e.getMessage();
    }

    private List<Incident> all() {
        return repository.list().stream().map(s -> repository.find(s.id()).orElseThrow()).toList();
    }

    private int files;

    private Path file(Incident... incidents) throws IOException {
        Path file = dir.resolve("import-" + files++ + ".json");
        new IncidentJson().writeFile(List.of(incidents), file);
        return file;
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("import-" + files++ + ".json"), json, StandardCharsets.UTF_8);
    }
}
