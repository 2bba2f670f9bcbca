package app.makegood.export;

import app.makegood.domain.ActionPriority;
import app.makegood.domain.ActionType;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.ContributingFactor;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.Milestones;
import app.makegood.domain.Limits;
import app.makegood.domain.NoticeChannel;
import app.makegood.domain.PostmortemNotes;
import app.makegood.domain.PricePeriod;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.SupportingLink;
import app.makegood.store.Database;
import app.makegood.store.IncidentRepository;
import app.makegood.store.JdbcIncidentRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentJsonTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private final IncidentJson json = new IncidentJson(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));
    private final List<Incident> incidents = List.of(rich("Burnt birthday cake", T0), minimal("Late van", T0));

    @TempDir
    Path dataDir;

    @Test
    void writesTheEnvelopeFirstAndAttachmentsAsBase64() throws IOException {
        String text = new String(write(incidents), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("""
                {
                  "format" : "makegood-incidents",
                  "version" : 1,
                  "exportedAt" : "2026-11-22T12:00:00Z",
                  "incidents" : [ {
                    "id" : \""""), text);
        assertTrue(text.contains("\"content\" : \"JVBERi0xLjQgbG9n\""), "log.pdf as base64");
        assertTrue(text.contains("\"expectedValue\" : 1234567.89"), "money as an exact number");
        assertTrue(text.contains("\"happenedAt\" : \"2026-11-01T06:30:00.123456789Z\""), "nanoseconds kept");
        assertTrue(text.endsWith("} ]\n}\n"), "Unix line ends, final newline");
    }

    @Test
    void exportImportExportThroughAFreshDatabaseGivesTheSameBytes() throws Exception {
        byte[] first = write(incidents);

        List<Incident> read = json.read(new ByteArrayInputStream(first));
        assertEquals(incidents, read);
        byte[] second;
        try (Database db = Database.open(dataDir)) {
            IncidentRepository repository = new JdbcIncidentRepository(db);
            repository.saveAll(read);
            second = write(read.stream().map(i -> repository.find(i.id()).orElseThrow()).toList());
        }

        assertArrayEquals(first, second);
    }

    @Test
    void rejectsAnEmptyFile() {
        assertRejected(new byte[0], "The file is empty.");
        assertRejected(" \n".getBytes(StandardCharsets.UTF_8), "The file is empty.");
    }

    @Test
    void rejectsATruncatedFile() throws IOException {
        byte[] whole = write(incidents);
        // The middle cut lands before a quote, not inside a true, false, null or number (tested below).
        int middle = whole.length / 2;
        while (whole[middle] != '"') {
            middle--;
        }
        for (int length : new int[]{1, 40, middle, whole.length - 3}) {
            assertRejected(Arrays.copyOf(whole, length), "The file ends too early (it is truncated)");
        }
        // Cut inside a null, Jackson reads a word it does not know: still a file that ends too early.
        int inNull = new String(whole, StandardCharsets.UTF_8).indexOf(": null") + 4;
        assertRejected(Arrays.copyOf(whole, inNull), "The file ends too early or is damaged");
    }

    @Test
    void rejectsSomethingThatIsNotJson() {
        assertRejected("Dear customer,\nsorry.".getBytes(StandardCharsets.UTF_8),
                "The file is not a JSON file (problem at line 1, column ");
        assertRejected("{\"format\":\"makegood-incidents\"} trailing".getBytes(StandardCharsets.UTF_8),
                "The file is not a JSON file");
    }

    @Test
    void rejectsJsonWithoutTheFormatMarker() {
        assertRejected("[]".getBytes(StandardCharsets.UTF_8), "not a MakeGood incident export");
        assertRejected(changed(root -> root.put("format", "someone-else")), "not a MakeGood incident export");
    }

    @Test
    void rejectsANewerOrMissingVersion() {
        assertRejected(changed(root -> root.put("version", 2)), "written by a newer MakeGood (format version 2;");
        assertRejected(changed(root -> root.remove("version")), "no valid format version");
        assertRejected(changed(root -> root.put("version", "1")), "no valid format version");
    }

    @Test
    void rejectsDuplicateIncidentIds() throws IOException {
        Incident twice = incidents.get(1);
        assertRejected(write(List.of(twice, incidents.get(0), twice)),
                "Incident \"Late van\" cannot be imported: id " + twice.id() + " appears more than once in the file"
                        + " (also in incident 1, id); each incident id must be unique.");
    }

    @Test
    void rejectsMissingRequiredFieldsNamingTheIncident() {
        assertRejected(changed(root -> incident(root, 1).remove("id")),
                "Incident \"Late van\" is missing \"id\", which every export has.");
        assertRejected(changed(root -> incident(root, 1).putNull("createdAt")),
                "Incident \"Late van\" is missing \"createdAt\"");
        assertRejected(changed(root -> ((ObjectNode) incident(root, 0).get("customers").get(1)).remove("id")),
                "Incident \"Burnt birthday cake\" is missing \"id\" in customers[1]");
    }

    @Test
    void rejectsUnknownFieldsAndBadValues() {
        assertRejected(changed(root -> incident(root, 0).put("mood", "grumpy")),
                "Incident \"Burnt birthday cake\" has a field MakeGood does not know: \"mood\".");
        assertRejected(changed(root -> ((ObjectNode) incident(root, 0).get("actions").get(0)).put("status", "LATER")),
                "Incident \"Burnt birthday cake\" has an invalid value \"LATER\" for \"actions[0].status\".");
        assertRejected(changed(root -> incident(root, 1).put("createdAt", "yesterday")),
                "Incident \"Late van\" has an invalid value \"yesterday\" for \"createdAt\".");
    }

    @Test
    void rejectsIncidentsTheDomainRulesRefuse() throws IOException {
        Incident bad = edit(incidents.get(0), e -> e.customers = List.of(
                AffectedCustomer.named("B".repeat(Limits.NAME + 1), "")));
        assertRejected(write(List.of(incidents.get(1), bad)), "Incident \"Burnt birthday cake\" cannot be imported: "
                + "customers[0].name is 201 characters long; the window allows 200");
        assertRejected(write(List.of(edit(bad, e -> e.title = " "))), "Incident 1 (untitled) cannot be imported: "
                + "customers[0].name is 201 characters long");
    }

    @Test
    void carriesHowCustomersWereFirstToldAndReadsOlderFilesWithoutIt() throws IOException {
        byte[] file = write(incidents);
        assertTrue(new String(file, StandardCharsets.UTF_8).contains("\"firstNoticeHow\" : \"PHONE\""));
        assertEquals(Optional.of(NoticeChannel.PHONE),
                json.read(new ByteArrayInputStream(file)).get(0).firstNoticeHow());

        Incident older = json.read(new ByteArrayInputStream(
                changed(root -> incident(root, 0).remove("firstNoticeHow")))).get(0);
        assertEquals(Optional.empty(), older.firstNoticeHow());
        assertEquals(incidents.get(0).firstNoticeAt(), older.firstNoticeAt());
        assertRejected(changed(root -> incident(root, 0).put("firstNoticeHow", "PIGEON")),
                "Incident \"Burnt birthday cake\" has an invalid value \"PIGEON\" for \"firstNoticeHow\".");
    }

    @Test
    void carriesPricePeriodsAndReadsOlderFilesAsOneOff() throws IOException {
        AffectedCustomer chloé = json.read(new ByteArrayInputStream(write(incidents))).get(0).customers().get(2);
        assertEquals(List.of(PricePeriod.YEARLY, PricePeriod.WEEKLY, 3),
                List.of(chloé.expectedPeriod(), chloé.offerPeriod(), chloé.offerPeriods()));

        AffectedCustomer older = json.read(new ByteArrayInputStream(changed(root -> {
            ObjectNode customer = (ObjectNode) incident(root, 0).withArray("customers").get(2);
            customer.remove(List.of("expectedPeriod", "offerPeriod", "offerPeriods"));
        }))).get(0).customers().get(2);
        assertEquals(List.of(PricePeriod.ONE_OFF, PricePeriod.ONE_OFF, 1),
                List.of(older.expectedPeriod(), older.offerPeriod(), older.offerPeriods()));
        assertEquals(chloé.offerAmount(), older.offerAmount());
        assertRejected(changed(root -> ((ObjectNode) incident(root, 0).withArray("customers").get(2))
                .put("offerPeriods", 1000)), "Incident \"Burnt birthday cake\"");
    }

    @Test
    void carriesTheIncidentTimesAndReadsOlderFilesWithoutThem() throws IOException {
        byte[] file = write(incidents);
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"approximate\" : [ \"STARTED\", \"RESTORED\" ]"), text);
        assertTrue(text.contains("\"zone\" : \"Europe/Berlin\""), text);
        assertEquals(incidents.get(0).milestones(), json.read(new ByteArrayInputStream(file)).get(0).milestones());

        Incident older = json.read(new ByteArrayInputStream(changed(root -> incident(root, 0).remove("milestones"))))
                .get(0);
        assertEquals(Milestones.NONE, older.milestones());
        assertEquals(incidents.get(0).happenedAt(), older.happenedAt());
        assertRejected(changed(root -> ((ObjectNode) incident(root, 0).get("milestones")).put("zone", "Mars/Base")),
                "Incident \"Burnt birthday cake\" has an invalid value");
        assertRejected(changed(root -> ((ObjectNode) incident(root, 0).get("milestones"))
                        .put("resolvedAt", "1066-10-14T09:00:00Z")),
                "Incident \"Burnt birthday cake\" cannot be imported: milestones.resolvedAt is 1066-10-14T09:00:00Z, outside");
    }

    @Test
    void carriesActionTypePriorityEvidenceForCustomersAndPublicTextAndReadsOlderFilesWithout() throws IOException {
        Incident rich = incidents.get(0);
        Incident read = json.read(new ByteArrayInputStream(write(incidents))).get(0);
        assertEquals(List.of(ActionType.DETECT, ActionType.PROCESS, ActionType.MITIGATE),
                read.actions().stream().map(CorrectiveAction::type).toList());
        assertEquals(List.of(Optional.of(ActionPriority.HIGH), Optional.of(ActionPriority.LOW), Optional.empty()),
                read.actions().stream().map(CorrectiveAction::priority).toList());
        assertEquals(List.of(true, false, false),
                read.actions().stream().map(CorrectiveAction::evidenceForCustomers).toList());
        assertEquals(rich.publicText(), read.publicText());

        Incident older = json.read(new ByteArrayInputStream(changed(root -> {
            ObjectNode incident = incident(root, 0);
            incident.remove("publicText");
            incident.withArray("actions").forEach(a -> ((ObjectNode) a).remove(
                    List.of("type", "priority", "evidenceForCustomers")));
        }))).get(0);
        assertEquals("", older.publicText());
        older.actions().forEach(a -> {
            assertEquals(ActionType.PREVENT, a.type(), "before types were kept, every action was a prevention");
            assertEquals(Optional.empty(), a.priority());
            assertFalse(a.evidenceForCustomers(), "evidence stays internal");
        });
        assertRejected(changed(root -> ((ObjectNode) incident(root, 0).withArray("actions").get(0)).put("type", "FIX")),
                "Incident \"Burnt birthday cake\" has an invalid value \"FIX\" for \"actions[0].type\".");
    }

    @Test
    void carriesThePostmortemNotesAndReadsFilesWithoutThemOrWithoutSomeOfTheirFields() throws IOException {
        byte[] file = write(incidents);
        assertEquals(SampleIncidents.richNotes(), json.read(new ByteArrayInputStream(file)).get(0).postmortemNotes());

        Incident older = json.read(new ByteArrayInputStream(
                changed(root -> incident(root, 0).remove("postmortemNotes")))).get(0);
        assertEquals(PostmortemNotes.EMPTY, older.postmortemNotes());
        Incident partial = json.read(new ByteArrayInputStream(changed(root -> ((ObjectNode) incident(root, 0)
                .get("postmortemNotes")).remove(List.of("factors", "peopleAffected", "moneyLost", "links"))))).get(0);
        assertEquals(new PostmortemNotes(SampleIncidents.richNotes().trigger(), List.of(),
                SampleIncidents.richNotes().impact(), Optional.empty(), Optional.empty(),
                SampleIncidents.richNotes().wentWell(), SampleIncidents.richNotes().wentWrong(),
                SampleIncidents.richNotes().gotLucky(), SampleIncidents.richNotes().lessons(), List.of()),
                partial.postmortemNotes());
    }

    @Test
    void refusesPostmortemNotesTheWindowCouldNotHaveSaved() throws IOException {
        PostmortemNotes n = SampleIncidents.richNotes();
        Incident bad = incidents.get(0).withPostmortemNotes(new PostmortemNotes("T".repeat(Limits.LONG_TEXT + 1),
                List.of(new ContributingFactor("one\nline", List.of())), n.impact(), Optional.of(-3L),
                Optional.of(new BigDecimal("1.234")), n.wentWell(), n.wentWrong(), n.gotLucky(), n.lessons(),
                List.of(new SupportingLink("Trap", "javascript:alert(1)"), new SupportingLink("", "example.com"))));
        String message = assertThrows(ImportException.class,
                () -> json.read(new ByteArrayInputStream(write(List.of(bad))))).getMessage();
        for (String problem : List.of("postmortemNotes.trigger is 20001 characters long",
                "postmortemNotes.factors[0].factor holds a control character",
                "postmortemNotes.peopleAffected is negative (-3)",
                "postmortemNotes.moneyLost is \"1.234\", more exact than a cent",
                "postmortemNotes.links[0].url \"javascript:alert(1)\" is not a web address",
                "postmortemNotes.links[1].url \"example.com\" is not a web address")) {
            assertTrue(message.contains(problem), problem + " in " + message);
        }
    }

    @Test
    void acceptsDraftsAsTheAppSavesThem() throws IOException {
        Incident draft = edit(incidents.get(0), e -> {
            e.title = "";
            e.customers = List.of(AffectedCustomer.named("Bob", "bob@nowh"));
        });
        assertEquals(List.of(draft), json.read(new ByteArrayInputStream(write(List.of(draft)))));
    }

    private byte[] write(List<Incident> list) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(list, out);
        return out.toByteArray();
    }

    /** A valid export of {@link #incidents}, changed as a hand edit or a bug might. */
    private byte[] changed(Consumer<ObjectNode> change) {
        try {
            ObjectMapper plain = new ObjectMapper();
            ObjectNode root = (ObjectNode) plain.readTree(write(incidents));
            change.accept(root);
            return plain.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode incident(ObjectNode root, int index) {
        return (ObjectNode) root.get("incidents").get(index);
    }

    private void assertRejected(byte[] file, String expectedStart) {
        ImportException e = assertThrows(ImportException.class, () -> json.read(new ByteArrayInputStream(file)));
        assertTrue(e.getMessage().contains(expectedStart), e.getMessage());
    }
}
