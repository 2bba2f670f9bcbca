package app.makegood.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17's end-to-end check: the sample incident file, which fills every field the truthful-records work added
 * (incident times and estimates, postmortem notes, action type and priority, customer-visible evidence, public text),
 * is imported and exported as a Markdown and a PDF postmortem, and each section is read back from both.
 */
class TruthfulRecordsCommandTest {
    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** What each section must say, as it reads in both files (case aside: the PDF prints headings in capitals). */
    private static final List<String> SECTIONS = List.of(
            "Customer impact", "People affected besides the customers listed", "Money lost", "Zoë Lambert",
            "Trigger", "The van's clutch failed on the ring road",
            "Times and durations", "Times in Europe/London", "Service restored", "Time to restore", "about 4 h",
            "Time to resolve", "about 6 d",
            "Timeline", "Done: Add vehicle service dates to the weekly checklist",
            "Five whys", "Contributing factors", "Why one run?",
            "Corrective actions", "process, high priority", "done on", "prevent, high priority",
            "What we told customers", "Lessons learned", "What went well", "What went wrong", "Where we got lucky",
            "Supporting links", "Garage invoice for the clutch");

    @Test
    void anIncidentWithEveryNewFieldIsImportedAndEverySectionReadsBackFromBothPostmortems() throws Exception {
        assertEquals(0, run("import-json", Path.of("assets/sample-incident.json").toString()), err());
        Path md = dataDir.resolve("postmortem.md");
        Path pdf = dataDir.resolve("postmortem.pdf");
        assertEquals(0, run("postmortem", "--incident", "5a3d2c1e", "--format", "md", "--out", md.toString()), err());
        assertEquals(0, run("postmortem", "--incident", "5a3d2c1e", "--format", "pdf", "--out", pdf.toString()), err());

        String markdown = flat(Files.readString(md));
        String printed;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            printed = flat(new PDFTextStripper().getText(doc));
        }
        for (String section : SECTIONS) {
            String wanted = flat(section);
            assertTrue(markdown.contains(wanted), "Markdown lacks \"" + section + "\"");
            assertTrue(printed.contains(wanted), "PDF lacks \"" + section + "\"");
        }
        assertTrue(markdown.indexOf("started: about") < markdown.indexOf("resolved: "), "times in order");
    }

    /** One line, one case, no Markdown emphasis: the same words compare equal in either file. */
    private static String flat(String text) {
        return text.replace("*", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private int run(String... args) {
        return CommandLine.run(args, dataDir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
