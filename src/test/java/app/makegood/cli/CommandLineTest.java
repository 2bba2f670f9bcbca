package app.makegood.cli;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.ActionType;
import app.makegood.domain.FirstNotice;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.NoticeChannel;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.letters.LetterRefusal;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.PaperSize;
import app.makegood.export.IncidentJson;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcLetterLog;
import app.makegood.store.JdbcProfileRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private final Incident cake = edit(rich("Burnt birthday cake", T0), e -> e.id = "c0ffee00-1111-4000-8000-000000000001");
    private final Incident van = edit(minimal("Late van", T0.plusSeconds(60)), e -> e.id = "c0ffee00-2222-4000-8000-000000000002");

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void listPrintsATableNewestFirst() {
        store(cake, van);
        assertEquals(0, run("list"));
        assertEquals("""
                ID        STATUS          TITLE
                c0ffee00  OPEN            Late van
                c0ffee00  FIXED           Burnt birthday cake
                """, out());
    }

    @Test
    void listOfAnEmptyDatabaseSaysSo() {
        assertEquals(0, run("list"));
        assertEquals("No incidents yet.\n", out());
    }

    @Test
    void listJsonPrintsEveryIncidentInFull() throws IOException {
        store(cake, van);
        assertEquals(0, run("list", "--json"));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new IncidentJson().writeArray(List.of(van, cake), expected);
        assertEquals(expected.toString(StandardCharsets.UTF_8), out());
    }

    @Test
    void exportsOneIncidentByIdPrefixAndAllIncidents() throws IOException {
        store(cake, van);
        Path one = files.resolve("one.json");
        Path all = files.resolve("all.json");

        assertEquals(0, run("export-json", "--incident", "C0FFEE00-1", one.toString()));
        assertEquals(0, run("export-json", "--all", all.toString()));

        assertEquals(List.of(cake), read(one));
        assertEquals(List.of(van, cake), read(all));
        assertEquals("Exported 1 incident to " + one + "\nExported 2 incidents to " + all + "\n", out());
        try (Stream<Path> left = Files.list(files)) {
            assertEquals(List.of(all, one), left.sorted().toList(), "no temporary files left behind");
        }
    }

    @Test
    void exportRefusesAnUnknownOrAmbiguousId() {
        store(cake, van);
        assertEquals(1, run("export-json", "--incident", "c0ffee00-", files.resolve("x.json").toString()));
        assertEquals(1, run("export-json", "--incident", "beef", files.resolve("x.json").toString()));
        assertEquals("""
                "c0ffee00-" is the start of 2 incident ids. Give more characters of the id.
                No incident has an id starting with "beef". Run "makegood list" to see the ids.
                """, err());
        assertEquals(List.of(), Arrays.asList(files.toFile().list()));
    }

    @Test
    void exportToAMissingFolderFailsPlainly() {
        assertEquals(1, run("export-json", "--all", files.resolve("no/such/folder/all.json").toString()));
        assertTrue(err().startsWith("Could not write " + files.resolve("no/such/folder/all.json")), err());
    }

    @Test
    void importAddsNewIncidentsAndReplacesThoseWithTheSameId() throws Exception {
        store(van);
        Incident newerVan = edit(van, e -> e.title = "Late van, driver lost");
        Path file = files.resolve("in.json");
        write(file, newerVan, cake);

        assertEquals(0, run("import-json", file.toString()));

        assertEquals("Imported 2 incidents (1 new, 1 replaced)\n", out());
        assertEquals(List.of(newerVan, cake), stored());
    }

    @Test
    void aCorruptImportChangesNothing() throws Exception {
        store(van);
        Path file = files.resolve("cut.json");
        write(file, edit(van, e -> e.title = "Changed"), cake);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertEquals(2, run("import-json", file.toString()));

        assertTrue(err().startsWith("Nothing was imported from " + file + ": The file ends too early"), err());
        assertEquals("", out());
        assertEquals(List.of(van), stored());
    }

    @Test
    void importOfAMissingFileIsUnreadableInput() {
        assertEquals(2, run("import-json", files.resolve("gone.json").toString()));
        assertEquals("Nothing was imported: " + files.resolve("gone.json") + " does not exist.\n", err());
    }

    @Test
    void wrongUsageExplainsTheCommands() {
        assertEquals(1, run());
        assertEquals(1, run("frobnicate"));
        assertEquals(1, run("list", "--xml"));
        assertEquals(1, run("export-json", "--all"));
        assertEquals(1, run("import-json"));
        assertEquals("""
                No command given.
                %1$s
                Unknown command: frobnicate
                %1$s
                list takes only --json.
                %1$s
                export-json needs --incident ID FILE or --all FILE.
                %1$s
                import-json needs exactly one FILE.
                %1$s
                """.formatted(CommandLine.USAGE), err());
        assertEquals(0, run("--help"));
        assertEquals(CommandLine.USAGE + "\n", out());
    }

    @Test
    void writesThePostmortemAsMarkdownOrPdf() throws Exception {
        store(cake, van);
        Path file = dataDir.resolve("postmortem.md");
        assertEquals(0, run("postmortem", "--incident", "c0ffee00-1", "--format", "md", "--out", file.toString()), err());
        assertTrue(Files.readString(file).startsWith("# Postmortem: Burnt birthday cake\n"));
        try (Database db = Database.open(dataDir)) {
            new JdbcProfileRepository(db).save(new BusinessProfile("Crumb & Co", "", "", "", "", Optional.empty(),
                    "", "", "", PaperSize.US_LETTER));
        }
        Path pdf = dataDir.resolve("postmortem.pdf");
        assertEquals(0, run("postmortem", "--incident", "c0ffee00-1", "--format", "pdf", "--out", pdf.toString()), err());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Postmortem: Burnt birthday cake"), text);
            assertTrue(text.contains("Crumb & Co"), text);
            assertEquals(PDRectangle.LETTER.getWidth(), document.getPage(0).getMediaBox().getWidth(), 1.0);
        }
        assertEquals(1, run("postmortem", "--incident", "c0ffee00-1", "--format", "docx", "--out", file.toString()));
        assertTrue(err().contains("md (Markdown) or pdf"));
        assertEquals(1, run("postmortem", "--incident", "c0ffee00-1"));
    }

    @Test
    void writesOneLetterPerCustomerAndRecordsIt() throws Exception {
        store(edit(cake, e -> e.explain = "The oven ran 40 degrees too hot. We have replaced the oven sensor today at 9am."));
        try (Database db = Database.open(dataDir)) {
            new JdbcProfileRepository(db).save(new BusinessProfile("Crumb & Co", "", "", "hello@crumb.example", "",
                    Optional.empty(), "Sam", "", "", PaperSize.A4));
        }
        Path folder = dataDir.resolve("letters");
        assertEquals(0, run("letters", "--incident", "c0ffee00-1", "--kind", "apology", "--format", "pdf",
                "--out", folder.toString()), err());
        List<String> pdfs = out().lines().toList();
        assertEquals(cake.customers().size(), pdfs.size(), out());
        for (String pdf : pdfs) {
            assertTrue(pdf.endsWith(".pdf") && Files.size(Path.of(pdf)) > 0, pdf);
        }
        String anna = pdfs.stream().filter(p -> p.contains("Anna")).findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(Path.of(anna)))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Dear Anna") && text.contains("Crumb & Co"), text);
        }

        out.reset();
        assertEquals(0, run("letters", "--incident", "c0ffee00-1", "--kind", "followup", "--format", "eml",
                "--out", folder.toString()), err());
        long withEmail = cake.customers().stream().filter(c -> !c.email().isBlank()).count();
        assertEquals(withEmail, out().lines().filter(p -> p.endsWith(".eml")).count(), out());
        assertTrue(err().contains("no email address"), "the customer without email is named: " + err());
        try (Database db = Database.open(dataDir)) {
            assertEquals(cake.customers().size() + withEmail, new JdbcLetterLog(db).forIncident(cake.id()).size());
        }

        assertEquals(1, run("letters", "--incident", "c0ffee00-1", "--kind", "poem", "--format", "pdf",
                "--out", folder.toString()));
        assertTrue(err().contains("letters needs --incident ID --kind apology|update|followup"), err());
    }

    /** Issue 17: with no fix done a follow-up would list nothing, or a stop-gap: it is refused, saying why. */
    @Test
    void aFollowUpWithoutADoneFixIsRefusedAndSaysWhy() throws Exception {
        store(edit(cake, e -> e.actions = e.actions.stream().map(a -> a.status() == ActionStatus.DONE
                ? a.withKind(ActionType.MITIGATE, Optional.empty()) : a).toList()));
        Path folder = dataDir.resolve("letters");
        assertEquals(1, run("letters", "--incident", "c0ffee00-1", "--kind", "followup", "--format", "pdf",
                "--out", folder.toString()));
        assertEquals("No letter written. " + LetterRefusal.ONLY_MITIGATION_DONE.reason(), err().strip());
        assertEquals("", out());
        assertFalse(Files.exists(folder), "nothing written");
        try (Database db = Database.open(dataDir)) {
            assertEquals(List.of(), new JdbcLetterLog(db).forIncident(cake.id()), "nothing recorded");
        }
    }

    @Test
    void lettersWrittenToFilesMarkCustomersToldOnlyWithSent() throws Exception {
        Incident untold = edit(cake, e -> {
            e.status = IncidentStatus.OPEN;
            e.firstNoticeAt = Optional.empty();
            e.explain = "The oven ran 40 degrees too hot. We have replaced the oven sensor today at 9am.";
        });
        store(untold);
        try (Database db = Database.open(dataDir)) {
            new JdbcProfileRepository(db).save(new BusinessProfile("Crumb & Co", "", "", "hello@crumb.example", "",
                    Optional.empty(), "Sam", "", "", PaperSize.A4));
        }
        Path folder = dataDir.resolve("letters");
        assertEquals(0, run("letters", "--incident", "c0ffee00-1", "--kind", "followup", "--format", "pdf",
                "--out", folder.toString()), err());
        assertTrue(err().contains("Customers are not marked as told"), err());
        try (Database db = Database.open(dataDir)) {
            Incident stored = new JdbcIncidentRepository(db).find(cake.id()).orElseThrow();
            assertEquals(Optional.empty(), stored.firstNoticeAt(), "files are not sent");
            assertEquals(IncidentStatus.OPEN, stored.status());
        }

        assertEquals(0, run("letters", "--incident", "c0ffee00-1", "--kind", "followup", "--format", "eml",
                "--sent", "--out", folder.toString()), err());
        assertTrue(err().contains("Customers are now marked as told"), err());
        try (Database db = Database.open(dataDir)) {
            Incident stored = new JdbcIncidentRepository(db).find(cake.id()).orElseThrow();
            List<LetterRecord> emls = new JdbcLetterLog(db).forIncident(cake.id()).stream()
                    .filter(r -> r.format() == LetterFormat.EML).toList();
            // The same rule as the window: the first letter that went out (at the time of the run) is the first
            // notice, by email.
            FirstNotice expected = FirstNotice.of(untold);
            for (LetterRecord r : emls) {
                expected = expected.after(FirstNotice.letter(r.format(), r.at(), true));
            }
            assertEquals(expected, FirstNotice.of(stored));
            assertEquals(Optional.of(NoticeChannel.EMAIL), stored.firstNoticeHow());
            assertEquals(IncidentStatus.CUSTOMERS_TOLD, stored.status());
            assertEquals(untold.admit(), stored.admit(), "nothing else changed");
        }
    }

    @Test
    void anApologyWithAProblemIsRefusedUnlessForcedAndSlipsAreOnlyListed() throws Exception {
        store(edit(cake, e -> e.admit = "We are sorry if the cake was late, but the oven broke. Teh icing was fine."));
        Path folder = dataDir.resolve("letters");
        assertEquals(1, run("letters", "--incident", "c0ffee00-1", "--kind", "apology", "--format", "pdf",
                "--out", folder.toString()));
        assertTrue(err().contains("Problem: Admit: \u201Csorry if\u201D"), err());
        assertTrue(err().contains("Problem: Admit: \u201Cbut\u201D"), err());
        assertTrue(err().contains("Spelling or grammar: Admit: \u201CTeh\u201D"), err());
        assertTrue(err().contains("No letter written: the coach found 3 problems"), err());
        assertTrue(!Files.exists(folder) || Files.list(folder).findAny().isEmpty(), "nothing written");

        err.reset();
        assertEquals(0, run("letters", "--incident", "c0ffee00-1", "--kind", "apology", "--format", "pdf",
                "--out", folder.toString(), "--force"), err());
        assertEquals(cake.customers().size(), out().lines().count(), out());
        assertTrue(err().contains("Written anyway (--force)"), err());
    }

    @Test
    void anEncryptedDatabaseOpensWithThePassphraseFromStandardInput() {
        store(minimal("Burnt cakes", Instant.parse("2026-11-01T10:00:00Z")));
        try (Database db = Database.open(dataDir)) {
            db.changePassphrase("open sesame 42".toCharArray());
        }
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertEquals(1, run("list"));
        assertTrue(err().contains("is encrypted. Run this in a terminal to be asked for its passphrase"), err());

        err.reset();
        assertEquals(1, CommandLine.run(new String[] {"list"}, dataDir, o, e, stdin("open sesame 41\n")));
        assertEquals("That passphrase does not open this database. If you are sure it is right, the file may"
                + " be damaged.", err().strip());

        assertEquals(0, CommandLine.run(new String[] {"list"}, dataDir, o, e, stdin("open sesame 42\r\n")), err());
        assertTrue(out().contains("Burnt cakes"), out());
    }

    private static PassphraseSource stdin(String text) {
        return PassphraseSource.terminalOr(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Issue 16: an emptied or cut database file is reported in plain words and never replaced by a new one. */
    @Test
    void aDamagedDatabaseIsReportedAndNeverReplacedByANewOne() throws IOException {
        store(cake, van);
        Path file = dataDir.resolve(Database.FILE_NAME);
        byte[] whole = Files.readAllBytes(file);
        for (byte[] damaged : List.of(new byte[0], Arrays.copyOf(whole, 8192))) {
            Files.write(file, damaged);
            err.reset();

            assertEquals(2, run("list", "--json"), err());

            assertTrue(err().startsWith("MakeGood cannot read its database in " + dataDir.toAbsolutePath()
                    + ": the file is damaged"), err());
            assertTrue(err().contains("no new database was made") && err().contains("backups"), err());
            assertEquals("", out());
            assertTrue(Arrays.equals(damaged, Files.readAllBytes(file)), "left exactly as it was");
        }
    }

    private int run(String... args) {
        return CommandLine.run(args, dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void store(Incident... incidents) {
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).saveAll(List.of(incidents));
        }
    }

    private List<Incident> stored() {
        try (Database db = Database.open(dataDir)) {
            JdbcIncidentRepository repository = new JdbcIncidentRepository(db);
            return repository.list().stream().map(s -> repository.find(s.id()).orElseThrow()).toList();
        }
    }

    private static void write(Path file, Incident... incidents) throws IOException {
        new IncidentJson().writeFile(List.of(incidents), file);
    }

    private static List<Incident> read(Path file) throws IOException {
        return new IncidentJson().readFile(file);
    }
}
