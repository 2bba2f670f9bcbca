package app.makegood.bench;

import app.makegood.domain.review.DueItem;
import app.makegood.domain.review.Patterns;
import app.makegood.store.Database;
import app.makegood.store.IncidentRepository;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcLetterLog;
import app.makegood.ui.review.DueList;
import app.makegood.ui.review.PatternsLoader;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * What the worker reads after the list and for the Due view and the Review dashboard, each timed cold in one JVM,
 * printed as {@code name=value} lines, with a hash of each result so runs before and after a change can be compared
 * on the same data. Usage: {@code ReviewBench DATA_DIR}, DATA_DIR filled by the seed command, never the owner's.
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
            timed("list-ms", repository::list);
            Map<String, String> texts = timed("search-texts-ms", repository::searchTexts);
            System.out.println("search-texts-hash=" + new TreeMap<>(texts).toString().hashCode());
            List<DueItem> due = timed("due-ms", () -> DueList.load(repository, letters, today, clock.getZone()));
            System.out.println("due-items=" + due.size() + "\ndue-hash=" + due.toString().hashCode());
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
