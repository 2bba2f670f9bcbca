package app.makegood.cli;

import app.makegood.domain.AffectedCustomer;
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
import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One customer whose letter cannot be made stops nobody else's: the others are written, that one is named. */
class OneBadLetterTest {
    @TempDir
    Path dataDir;

    @Test
    void aLetterThatCannotBeMadeIsReportedAndTheOthersAreWritten() throws Exception {
        Incident incident = edit(rich("Late", Instant.parse("2026-11-01T10:00:00Z")), e -> {
            e.id = "bad00000-1111-4000-8000-000000000001";
            e.customers = List.of(AffectedCustomer.named("Anna", "a@example.com"),
                    AffectedCustomer.named("Broken \uD800 text", "b@example.com"), // half a character: no letter
                    AffectedCustomer.named("Ben", "c@example.com"));
        });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path folder = dataDir.resolve("letters");

        int code = CommandLine.run(new String[] {"letters", "--incident", "bad0", "--kind", "apology", "--format",
            "pdf", "--out", folder.toString(), "--force"}, dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, code);
        assertTrue(Files.size(folder.resolve("Apology - Anna.pdf")) > 0);
        assertTrue(Files.size(folder.resolve("Apology - Ben.pdf")) > 0);
        assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().count(), out.toString(StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("No letter was written for Broken"), said);
        assertFalse(said.contains("\tat "), said);
    }
}
