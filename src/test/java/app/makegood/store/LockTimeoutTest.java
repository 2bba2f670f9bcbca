package app.makegood.store;

import app.makegood.domain.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 16, item 1: a long import holds its rows; other work waits for it instead of failing after 2 s. */
class LockTimeoutTest {
    @TempDir
    Path dir;

    @Test
    void aSaveWaitsForALongTransactionHoldingItsRowInsteadOfFailing() throws Exception {
        try (Database db = Database.open(dir)) {
            JdbcIncidentRepository repository = new JdbcIncidentRepository(db);
            Incident cake = rich("Burnt cake", Instant.parse("2026-11-01T10:00:00Z"));
            repository.save(cake);
            CountDownLatch holding = new CountDownLatch(1);
            // Stands in for an import replacing the incident: it holds the row for longer than H2's default 2 s.
            Thread longImport = new Thread(() -> Jdbc.inTransaction(db.dataSource(), "import", c -> {
                Jdbc.update(c, "UPDATE incidents SET title = ? WHERE id = ?", "Imported", cake.id());
                holding.countDown();
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            longImport.start();
            holding.await();

            repository.save(edit(cake, e -> e.title = "Edited")); // waits for the import, then saves

            longImport.join();
            assertEquals("Edited", repository.find(cake.id()).orElseThrow().title());
        }
    }
}
