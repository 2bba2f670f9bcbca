package app.makegood.service;

import app.makegood.domain.Attachment;
import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.letters.Logo;
import app.makegood.domain.letters.OutboxMessage;
import app.makegood.domain.letters.PaperSize;
import app.makegood.store.Database;
import app.makegood.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner's own H2 workbook copied into a team database on the real PostgreSQL, and checked (issue 19). */
class WorkbookCopyTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void everyIncidentLetterMailProfileAndSettingArrivesWithEveryField() throws Exception {
        String url = TestPostgres.url();
        TestPostgres.emptyDatabase();
        try (Database own = Database.open(dataDir); Database team = Database.connect(url)) {
            WorkbookCopy.Workbook mine = WorkbookCopy.Workbook.of(own);
            List<Incident> incidents = List.of(SampleIncidents.rich("Burnt birthday cake", T0),
                    SampleIncidents.rich("Wrong wedding cake", T0.plusSeconds(60)),
                    SampleIncidents.minimal("Late van", T0.plusSeconds(120)));
            mine.incidents().saveAll(incidents);
            Incident cake = incidents.get(0);
            mine.letters().record(new LetterRecord("l1", cake.id(), cake.customers().get(0).id(), "Zoë", LetterKind.APOLOGY,
                    LetterFormat.PDF, "/tmp/Zoë.pdf", T0.plusSeconds(600)));
            mine.outbox().queue(OutboxMessage.queued(cake.id(), cake.customers().get(0).id(), "Zoë", LetterKind.STATUS_UPDATE,
                    "zoe@example.com", "About your cake", "From: us\r\n\r\nSorry".getBytes(StandardCharsets.UTF_8),
                    T0.plusSeconds(700)));
            BusinessProfile profile = new BusinessProfile("Crumb & Co", "1 Mill Lane\nLeeds", "0113 496 0000",
                    "hello@crumb.example", "crumb.example", Optional.of(new Logo(new byte[]{(byte) 0x89, 'P', 'N', 'G'},
                    "image/png")), "Zoë Ward", "Owner", "With thanks,", PaperSize.US_LETTER);
            mine.profile().save(profile);
            mine.settings().putAll(Map.of("amends.currency", "GBP", "amends.orderValue", "42.50"));
            List<int[]> progress = new ArrayList<>();

            WorkbookCopy.Report report = new WorkbookCopy(mine, WorkbookCopy.Workbook.of(team))
                    .copy(false, (done, total) -> progress.add(new int[]{done, total}));

            WorkbookCopy.Workbook theirs = WorkbookCopy.Workbook.of(team);
            for (Incident incident : incidents) {
                assertEquals(toTheMicrosecond(incident), theirs.incidents().find(incident.id()).orElseThrow(),
                        incident.title());
            }
            assertEquals(mine.letters().byIncident(), theirs.letters().byIncident());
            assertEquals(mine.outbox().forIncident(cake.id()), theirs.outbox().forIncident(cake.id()));
            assertEquals(profile, theirs.profile().load());
            assertEquals(mine.settings().all(), theirs.settings().all());
            int customers = incidents.stream().mapToInt(i -> i.customers().size()).sum();
            int files = incidents.stream().flatMap(i -> i.actions().stream()).mapToInt(a -> a.attachments().size()).sum();
            assertTrue(files > 0 && customers > 2, "the samples carry customers and files");
            assertEquals(new WorkbookCopy.Report(3, customers, 1, 1, files, 2), report);
            assertEquals("Copied 3 incidents, " + customers + " customers, 1 letter, 1 outbox mail, " + files
                    + " attached files, the business profile and 2 settings; checked: the team database holds every"
                    + " one as it was.", report.text());
            assertEquals(List.of(0, 3), progress.stream().map(p -> p[0]).toList());
            assertEquals(3, progress.get(1)[1]);
        }
    }

    /** PostgreSQL keeps times to the microsecond; the rich sample's time to the nanosecond is rounded to that. */
    private static Incident toTheMicrosecond(Incident i) {
        return SampleIncidents.edit(i, e -> e.happenedAt = e.happenedAt.map(t -> t.plusNanos(500)
                .truncatedTo(ChronoUnit.MICROS)));
    }

    @Test
    void aTeamDatabaseThatHoldsIncidentsIsOnlyCopiedIntoWhenConfirmed() throws Exception {
        String url = TestPostgres.url();
        TestPostgres.emptyDatabase();
        try (Database own = Database.open(dataDir); Database team = Database.connect(url)) {
            WorkbookCopy.Workbook mine = WorkbookCopy.Workbook.of(own);
            WorkbookCopy.Workbook theirs = WorkbookCopy.Workbook.of(team);
            mine.incidents().save(SampleIncidents.minimal("Mine", T0));
            theirs.incidents().save(SampleIncidents.minimal("The shop's", T0));
            WorkbookCopy copy = new WorkbookCopy(mine, theirs);

            WorkbookCopy.NotEmptyException refused = assertThrows(WorkbookCopy.NotEmptyException.class,
                    () -> copy.copy(false, (done, total) -> { }));
            assertTrue(refused.getMessage().startsWith("The team database already holds 1 incident."),
                    refused.getMessage());
            assertEquals(1, theirs.incidents().list().size(), "nothing was copied");

            assertEquals(1, copy.copy(true, (done, total) -> { }).incidents());
            assertEquals(List.of("Mine", "The shop's"), theirs.incidents().list().stream()
                    .map(s -> s.title()).sorted().toList());
        }
    }

    @Test
    void theChecksumSeesOneByteOfAFileChange() {
        Incident rich = SampleIncidents.rich("Burnt birthday cake", T0);
        Incident same = SampleIncidents.edit(rich, e -> { });
        assertEquals(ContentChecksum.of(rich), ContentChecksum.of(same));
        Attachment file = rich.actions().get(0).attachments().get(0);
        byte[] changed = file.content();
        changed[0] ^= 1;
        Incident other = SampleIncidents.edit(rich, e -> e.actions = List.of(rich.actions().get(0)
                .withAttachments(List.of(new Attachment(file.id(), file.fileName(), changed)))));
        assertNotEquals(ContentChecksum.of(rich), ContentChecksum.of(other));
    }
}
