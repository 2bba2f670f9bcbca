package app.makegood.cli;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.PaperSize;
import app.makegood.export.letter.Pdfs;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcProfileRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line under a plain-ASCII locale (LANG=C, as under cron and in containers), where Java cannot put
 * "á" in a file name: every export still works, in a separate JVM started with that locale and no encoding option.
 */
class PlainLocaleTest {
    private static final String ID = "7a0c0000-1111-4000-8000-000000000001";

    @TempDir
    Path dataDir;
    @TempDir
    Path outDir;

    @BeforeEach
    void storeAnIncidentWithAccentedNames() {
        Incident incident = edit(rich("Tomás and Zoë were missed", Instant.parse("2026-11-01T10:00:00Z")), e -> {
            e.id = ID;
            e.customers = List.of(AffectedCustomer.named("Tomás Ruiz", "tomas@example.com"),
                    AffectedCustomer.named("Zoë Adams", "zoe@example.com"),
                    AffectedCustomer.named("Zoé Adams", "zoe2@example.com"), // the same name once plain
                    AffectedCustomer.named("Νίκος", "nikos@example.com")); // nothing of it is ASCII
        });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
            new JdbcProfileRepository(db).save(new BusinessProfile("Crumb & Co", "", "", "hello@crumb.example", "",
                    Optional.empty(), "Sam", "", "", PaperSize.A4));
        }
    }

    @Test
    void everyExportWorksUnderLangC() throws Exception {
        Path letters = outDir.resolve("letters");
        Child child = run("letters", "--incident", ID, "--kind", "apology", "--format", "pdf", "--out", letters, "--force", ";",
                "letters", "--incident", ID, "--kind", "apology", "--format", "eml", "--out", letters, "--force", ";",
                "postmortem", "--incident", ID, "--format", "pdf", "--out", outDir.resolve("pm.pdf"), ";",
                "postmortem", "--incident", ID, "--format", "md", "--out", outDir.resolve("pm.md"), ";",
                "public-page", "--incident", ID, "--out", outDir.resolve("page.html"), ";",
                "public-history", "--out", outDir.resolve("history"), ";",
                "export-json", "--all", outDir.resolve("all.json"), ";");

        assertEquals(7, child.out.lines().filter(line -> line.startsWith("exit ")).count(), child.toString());
        assertTrue(child.out.lines().filter(line -> line.startsWith("exit ")).allMatch("exit 0"::equals),
                child.toString());
        assertFalse(child.err.contains("Exception") || child.err.contains("\tat "), child.toString());
        // The names as the system can store them; two customers who spell the same stay apart.
        assertEquals(List.of("Apology - Tomas Ruiz.eml", "Apology - Tomas Ruiz.pdf", "Apology - Zoe Adams (2).eml",
                "Apology - Zoe Adams (2).pdf", "Apology - Zoe Adams.eml", "Apology - Zoe Adams.pdf",
                "Apology - customer.eml", "Apology - customer.pdf"), names(letters));
        // What is inside keeps every accent.
        assertTrue(Pdfs.text(Files.readAllBytes(letters.resolve("Apology - Tomas Ruiz.pdf"))).contains("Tomás"));
        String eml = Files.readString(letters.resolve("Apology - Tomas Ruiz.eml"));
        assertTrue(eml.contains("=?UTF-8?"), eml.substring(0, 600));
        assertTrue(eml.contains("filename*=UTF-8''Apology%20-%20Tom%C3%A1s%20Ruiz.pdf"),
                () -> "the attachment keeps its accent: " + eml.lines().filter(l -> l.contains("name")).toList());
        assertTrue(Pdfs.text(Files.readAllBytes(outDir.resolve("pm.pdf"))).contains("Tomás and Zoë"));
        assertTrue(Files.readString(outDir.resolve("pm.md")).contains("Tomás and Zoë"));
        // the public page names nobody (customers become "a customer"), whatever the locale
        assertTrue(Files.readString(outDir.resolve("page.html")).contains("A customer and a customer"),
                () -> Files.exists(outDir.resolve("page.html")) ? "page written, wording differs" : "no page");
        assertTrue(Files.readString(outDir.resolve("all.json")).contains("Tomás and Zoë"));
        assertEquals(List.of("a-customer-and-a-customer-were-missed-7a0c0000.html", "index.html"),
                names(outDir.resolve("history")));
    }

    private record Child(int code, String out, String err) {
    }

    /**
     * Runs MakeGood's command lines (separated by ";") in a new JVM whose locale is plain C, with no encoding forced
     * on it.
     */
    private Child run(Object... commands) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommandsMain.class.getName(), dataDir.toString()));
        Stream.of(commands).map(String::valueOf).forEach(args::add);
        ProcessBuilder builder = new ProcessBuilder(args);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANGUAGE") || k.endsWith("JAVA_OPTIONS")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        Path err = Files.createTempFile(outDir, "err", ".txt");
        Process p = builder.redirectError(err.toFile()).start();
        p.getOutputStream().close();
        // Under LANG=C the child prints in ASCII; what it prints here is paths and sentences.
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        int code = p.waitFor();
        String errText = Files.readString(err, StandardCharsets.ISO_8859_1);
        Files.delete(err);
        return new Child(code, out, errText);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
