package app.makegood.cli;

import app.makegood.domain.Incident;
import app.makegood.export.IncidentJson;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the command line prints cannot be turned against the terminal, and stays short whatever it quotes. */
class TerminalOutputTest {
    /** Colours, a window-title escape, a right-to-left override, an isolate, a line break, a C1 CSI, a bell. */
    private static final String HOSTILE = "\u001B[31mRed\u001B[0m \u001B]0;pwned\u0007\u202Egnp.exe\u2066x\u2069 line\n"
            + "break \u009B2Jbell\u0007\u200F";
    private static final String ID = "b0b00000-1111-4000-8000-000000000001";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void listPrintsTitlesWithoutEscapesControlsOrBidiOverrides() {
        store(edit(minimal(HOSTILE, Instant.parse("2026-11-01T10:00:00Z")), e -> e.id = ID));

        assertEquals(0, run("list"));

        assertEquals("""
                ID        STATUS          TITLE
                b0b00000  OPEN            Red gnp.exex line break bell
                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listJsonIsExactJsonWithNothingTheTerminalWouldObey() throws Exception {
        store(edit(minimal(HOSTILE, Instant.parse("2026-11-01T10:00:00Z")), e -> e.id = ID));

        assertEquals(0, run("list", "--json"));

        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200F), json);
        assertEquals(HOSTILE, new ObjectMapper().readTree(json).get(0).get("title").textValue());
    }

    @Test
    void aMillionCharacterTitleMakesAShortMessage() throws Exception {
        String title = "A".repeat(1_000_000);
        Path file = files.resolve("huge.json");
        new IncidentJson().writeFile(List.of(minimal(title, Instant.parse("2026-11-01T10:00:00Z"))), file);

        assertEquals(CommandLine.UNREADABLE_INPUT, run("import-json", file.toString()));
        assertEquals(1, run("export-json", "--incident", title, files.resolve("x.json").toString()));

        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.length() < 600, said.length() + " characters: " + said.substring(0, 300));
        assertTrue(said.contains("\"" + "A".repeat(79) + "\u2026\""), said);
    }

    private int run(String... args) {
        return CommandLine.run(args, dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void store(Incident incident) {
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
        }
    }
}
