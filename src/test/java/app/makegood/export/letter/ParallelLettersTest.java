package app.makegood.export.letter;

import app.makegood.cli.IncidentGenerator;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.PaperSize;
import app.makegood.export.letter.LetterExport;
import app.makegood.export.letter.QuietBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.makegood.export.letter.LetterSamples.DEFAULTS;
import static app.makegood.export.letter.LetterSamples.TODAY;
import static app.makegood.export.letter.LetterSamples.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Letters made on several threads at once (sharing the compiled templates, each thread its parsed fonts and XML
 * parser) read the same, text for text, as the same letters made one after the other. Not byte for byte: every PDF
 * carries the moment it was made (its creation date and the file identifier drawn from it).
 */
class ParallelLettersTest {
    private static final BusinessProfile BAKERY = LetterSamples.bakery(PaperSize.A4, true);
    private static final Incident INCIDENT = LetterSamples.incident();
    /** Names from many scripts, Hebrew and Arabic among them, so some letters take the right-to-left path. */
    private static final List<AffectedCustomer> CUSTOMERS = withRightToLeft(
            new IncidentGenerator(IncidentGenerator.DEFAULT_SEED, Clock.systemUTC()).customers(22));
    @TempDir
    Path folder;

    private final LetterExport export = new LetterExport(new LetterTemplates(Path.of("no-edited-templates")),
            BundledFonts.load(), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZONE), Locale.UK);

    @Test
    void lettersMadeOnFourThreadsAtOnceEqualThoseMadeOneByOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> parallel = new ArrayList<>();
            for (AffectedCustomer c : CUSTOMERS) {
                parallel.add(pool.submit(() -> export.pdf(draft(c))));
            }
            for (int i = 0; i < CUSTOMERS.size(); i++) {
                assertEquals(Pdfs.text(export.pdf(draft(CUSTOMERS.get(i)))), Pdfs.text(parallel.get(i).get()),
                        CUSTOMERS.get(i).name());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchOnEveryCoreWritesTheSameLettersAsLettersMadeOneByOne() throws Exception {
        LetterExport.BatchResult result = export.batch(new LetterExport.BatchRequest(LetterKind.APOLOGY, INCIDENT,
                CUSTOMERS, BAKERY, DEFAULTS, TODAY, folder, EnumSet.of(LetterFormat.PDF), false), new QuietBatch());
        assertEquals(CUSTOMERS.size(), result.written().size());
        for (LetterExport.Written w : result.written()) {
            assertEquals(Pdfs.text(export.pdf(draft(w.customer()))), Pdfs.text(Files.readAllBytes(w.file())),
                    w.customer().name());
        }
    }

    private LetterExport.Draft draft(AffectedCustomer customer) {
        return export.draft(LetterKind.APOLOGY, INCIDENT, customer, BAKERY, DEFAULTS, TODAY);
    }

    private static List<AffectedCustomer> withRightToLeft(List<AffectedCustomer> customers) {
        List<AffectedCustomer> all = new ArrayList<>(customers);
        all.add(AffectedCustomer.named("דנה לוי", "dana@example.org"));
        all.add(AffectedCustomer.named("ليلى حسن", "layla@example.org"));
        return all;
    }
}
