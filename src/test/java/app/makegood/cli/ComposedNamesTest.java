package app.makegood.cli;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.export.IncidentJson;
import app.makegood.export.letter.Pdfs;
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

/** A name that arrives decomposed ("Zoe" and a separate diaeresis, as some exports give it) prints as "Zoë". */
class ComposedNamesTest {
    private static final String ID = "de000000-1111-4000-8000-000000000001";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    @Test
    void aDecomposedNameImportedPrintsComposedInTheLetter() throws Exception {
        Incident incident = edit(rich("Late cake", Instant.parse("2026-11-01T10:00:00Z")), e -> {
            e.id = ID;
            e.customers = List.of(AffectedCustomer.named("Zoë Adams", "zoe@example.com"));
        });
        Path json = files.resolve("in.json");
        new IncidentJson().writeFile(List.of(incident), json);
        // As another program would have written it: the same name, decomposed.
        Files.writeString(json, Files.readString(json).replace("Zo\u00EB", "Zoe\u0308"));
        assertTrue(Files.readString(json).contains("Zoe\u0308 Adams"));

        assertEquals(0, run("import-json", json.toString()));
        Path letters = files.resolve("letters");
        assertEquals(0, run("letters", "--incident", ID, "--kind", "apology", "--format", "pdf", "--out",
                letters.toString(), "--force")); // about the name, not the wording the coach reads

        String text = Pdfs.text(Files.readAllBytes(letters.resolve("Apology - Zo\u00EB Adams.pdf")));
        assertTrue(text.contains("Zo\u00EB"), text);
        assertFalse(text.contains("e\u0308"), text);
    }

    private int run(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return CommandLine.run(args, dataDir, print, print);
    }
}
