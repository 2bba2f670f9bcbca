package app.makegood.bench;

import app.makegood.cli.IncidentGenerator;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.coach.ApologyChecker;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.PaperSize;
import app.makegood.export.letter.QuietBatch;
import app.makegood.export.letter.LetterExport;
import app.makegood.export.letter.BundledFonts;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.store.Database;
import app.makegood.store.IncidentRepository;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcLetterLog;
import app.makegood.ui.review.SearchAndDue;
import app.makegood.domain.review.SearchIndex;
import app.makegood.ui.incidents.IncidentListViewModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The in-process figures for bench/run.sh, printed as {@code name=value} lines (milliseconds when the name ends in
 * -ms): list, search per keystroke, one letter cold and warm, a batch of 500 letters, the checker on a long letter.
 * Also leaves the batch's letters as XHTML (for the LibreOffice comparison) and the long letter as text in OUT_DIR.
 * Usage: {@code Bench DATA_DIR OUT_DIR}, DATA_DIR filled by the seed command, never the owner's; OUT_DIR {@code -}
 * times only the list and the search (the scale curve).
 */
public final class Bench {
    private static final int WARM_RUNS = 20;
    private static final int BATCH = 500;
    /** Typed one character at a time, as into the list's search box. */
    private static final String[] TYPED = {"courier missed", "wrong winter coat", "charged twice for sofa"};
    private static final BusinessProfile FROM = new BusinessProfile("Harbour Street Bakery",
            "12 Harbour Street\nKingsbridge TQ7 1AA", "01548 555 010", "hello@harbourbakery.example",
            "harbourbakery.example", Optional.empty(), "Maria Lopes", "Owner", "Warm regards", PaperSize.A4);
    private static final AmendsDefaults AMENDS = AmendsDefaults.from(Map.of(), "GBP");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Bench DATA_DIR OUT_DIR (DATA_DIR filled by: makegood --data-dir DIR seed)");
            System.exit(1);
        }
        Incident incident;
        try (Database db = timed("db-open-ms", () -> Database.open(Path.of(args[0])))) {
            IncidentRepository repository = new JdbcIncidentRepository(db);
            List<IncidentSummary> list = timed("list-ms", repository::list);
            print("list-warm-ms", median(5, repository::list));
            System.out.println("incidents=" + list.size());
            SearchIndex index = SearchAndDue.load(repository, new JdbcLetterLog(db), LocalDate.now(),
                    java.time.ZoneId.systemDefault()).index();
            search(list, index);
            incident = repository.find(list.get(0).id()).orElseThrow();
        }
        if (!args[1].equals("-")) {
            Path out = Files.createDirectories(Path.of(args[1]));
            letters(incident, Path.of(args[0]), out);
            check(out);
        }
    }

    /**
     * The list's own view model with the search index as the app builds it: each keystroke sets the query, which
     * looks the words up in the index and re-filters all incidents. The first keystroke is in a fresh JVM.
     */
    private static void search(List<IncidentSummary> incidents, SearchIndex index) {
        IncidentListViewModel list = new IncidentListViewModel();
        list.setAll(incidents);
        list.setSearchIndex(index);
        List<Double> keystrokes = new ArrayList<>();
        for (String query : TYPED) {
            for (int n = 1; n <= query.length(); n++) {
                long start = System.nanoTime();
                list.queryProperty().set(query.substring(0, n));
                keystrokes.add(ms(start));
            }
        }
        print("keystroke-median-ms", median(keystrokes));
        print("keystroke-max-ms", Collections.max(keystrokes));
    }

    private static void letters(Incident incident, Path dataDir, Path out) throws Exception {
        AffectedCustomer customer = incident.customers().get(0);
        LocalDate today = LocalDate.now();
        long start = System.nanoTime();
        LetterExport export = new LetterExport(new LetterTemplates(dataDir.resolve("templates")), BundledFonts.load(),
                Clock.systemDefaultZone(), Locale.UK);
        export.pdf(export.draft(LetterKind.APOLOGY, incident, customer, FROM, AMENDS, today));
        print("letter-first-ms", ms(start));
        print("letter-warm-ms", median(WARM_RUNS,
                () -> export.pdf(export.draft(LetterKind.APOLOGY, incident, customer, FROM, AMENDS, today))));

        List<AffectedCustomer> many = new IncidentGenerator(IncidentGenerator.DEFAULT_SEED, Clock.systemUTC())
                .customers(BATCH);
        LetterExport.BatchRequest request = new LetterExport.BatchRequest(LetterKind.APOLOGY, incident, many, FROM,
                AMENDS, today, out.resolve("makegood-pdf"), EnumSet.of(LetterFormat.PDF), false);
        LetterExport.BatchResult result = timed("batch-ms", () -> export.batch(request, new QuietBatch()));
        System.out.println("batch-letters=" + result.written().size());

        Path xhtml = Files.createDirectories(out.resolve("xhtml"));
        for (int i = 0; i < many.size(); i++) {
            String page = export.draft(LetterKind.APOLOGY, incident, many.get(i), FROM, AMENDS, today).letter().xhtml();
            Files.writeString(xhtml.resolve(String.format(Locale.ROOT, "letter-%03d.xhtml", i)), page);
        }
    }

    private static void check(Path out) throws Exception {
        String letter = LongLetter.text();
        Files.writeString(out.resolve("long-letter.txt"), letter);
        System.out.println("check-chars=" + letter.length());
        ApologyChecker checker = new ApologyChecker();
        timed("check-first-ms", () -> checker.checkLetter(letter));
        print("check-warm-ms", median(WARM_RUNS, () -> checker.checkLetter(letter)));
    }

    private static <T> T timed(String name, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        print(name, ms(start));
        return result;
    }

    private static double median(int runs, Callable<?> work) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            times.add(ms(start));
        }
        return median(times);
    }

    static double median(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static void print(String name, double ms) {
        System.out.printf(Locale.ROOT, "%s=%.1f%n", name, ms);
    }
}
