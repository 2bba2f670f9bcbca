package app.makegood.cli;

import app.makegood.domain.Incident;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicPageCommandTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesOnePublicPageAndTheHistory() throws Exception {
        Incident cake = edit(rich("Burnt birthday cake", T0), e -> e.id = "c0ffee00-1111-4000-8000-000000000001");
        Incident untold = minimal("Nobody told", T0);
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).saveAll(List.of(cake, untold));
        }
        Path page = files.resolve("cake.md");
        assertEquals(0, run("public-page", "--incident", "c0ffee00", "--format", "md", "--out", page.toString()));
        String md = Files.readString(page);
        assertTrue(md.startsWith("# Burnt birthday cake"), md);
        assertFalse(md.contains("anna@example.com"));

        assertEquals(0, run("public-history", "--out", files.resolve("site").toString()));
        assertTrue(Files.readString(files.resolve("site/index.html")).contains("Burnt birthday cake"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 incident left out"));

        assertEquals(CommandLine.USER_ERROR, run("public-page", "--incident", "c0ffee00", "--format", "pdf",
                "--out", page.toString()));
    }

    @Test
    void saysWhatItReplacesBeforeWriting() throws Exception {
        Incident cake = edit(rich("Cake for Anna", T0), e -> {
            e.id = "c0ffee00-2222-4000-8000-000000000002";
            e.publicText = "Anna M\u00fcller gets \u20ac48.50 back, and Anna gets a new cake.";
        });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(cake);
        }
        Path page = files.resolve("cake.html");
        assertEquals(0, run("public-page", "--incident", "c0ffee00", "--out", page.toString()));
        String said = err.toString(StandardCharsets.UTF_8).replace("\r", "");
        assertTrue(said.contains("Replaced on the public page"), said);
        assertTrue(said.contains("  'Anna' \u2192 'a customer' (2 times)\n"), said);
        assertTrue(said.contains("  'Anna M\u00fcller' \u2192 'a customer'\n"), said);
        assertTrue(said.contains("  '\u20ac48.50' \u2192 '[amount]'\n"), said);
        assertEquals(page + "\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""), "stdout is only the path");
        assertFalse(Files.readString(page).contains("Anna"));

        err.reset();
        assertEquals(0, run("public-history", "--out", files.resolve("site").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("  'Anna' \u2192 'a customer' (2 times)"));
    }

    private int run(String... args) {
        return CommandLine.run(args, dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
