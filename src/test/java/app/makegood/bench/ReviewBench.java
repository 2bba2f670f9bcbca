package app.makegood.bench;

import app.makegood.domain.review.Patterns;
import app.makegood.store.Database;
import app.makegood.store.IncidentRepository;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcLetterLog;
import app.makegood.ui.review.PatternsLoader;
import app.makegood.ui.review.SearchAndDue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * What the worker reads after the list (search texts and what is due, together) and for the Review dashboard, timed
 * one after the other in a fresh JVM and printed as {@code name=value} lines, with a hash of each result so runs
 * before and after a change can be compared on the same data.
 * Usage: {@code ReviewBench DATA_DIR}, DATA_DIR filled by the seed command, never the owner's.
 */
public final class ReviewBench {
    private ReviewBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ReviewBench DATA_DIR (DATA_DIR filled by: makegood --data-dir DIR seed)");
            System.exit(1);
        }
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        try (Database db = Database.open(Path.of(args[0]))) {
            IncidentRepository repository = new JdbcIncidentRepository(db);
            JdbcLetterLog letters = new JdbcLetterLog(db);
            repository.list(); // first, as at start-up (Bench times it)
            SearchAndDue read = timed("search-and-due-ms", () -> SearchAndDue.load(repository, letters, today,
                    clock.getZone()));
            System.out.println("search-texts-hash=" + new TreeMap<>(read.searchTexts()).toString().hashCode());
            System.out.println("due-items=" + read.due().size() + "\ndue-hash=" + read.due().toString().hashCode());
            Patterns patterns = timed("patterns-ms", () -> PatternsLoader.load(repository, clock.instant(),
                    clock.getZone()));
            System.out.println("patterns-hash=" + patterns.toString().hashCode());
        }
    }

    private static <T> T timed(String name, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        System.out.printf(Locale.ROOT, "%s=%.1f%n", name, (System.nanoTime() - start) / 1e6);
        return result;
    }
}
