package app.makegood.store;

import app.makegood.domain.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Two machines on one team database (issue 19): two application cores, each with its own {@link Database} and
 * repository, edit the same incident. An H2 file cannot be opened twice, so this runs on PostgreSQL only
 * ({@link TestPostgres}: skipped without a server, failed in CI).
 */
class TwoWritersTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private Database ann;
    private Database bob;
    private IncidentRepository annRepository;
    private IncidentRepository bobRepository;

    @BeforeAll
    static void needsPostgres() {
        TestPostgres.url();
    }

    @BeforeEach
    void twoCores() throws SQLException {
        TestPostgres.emptyDatabase();
        ann = Database.connect(TestPostgres.url());
        bob = Database.connect(TestPostgres.url());
        annRepository = new JdbcIncidentRepository(ann);
        bobRepository = new JdbcIncidentRepository(bob);
    }

    @AfterEach
    void close() {
        ann.close();
        bob.close();
    }

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedAndNothingOfTheFirstIsLost() {
        Incident incident = minimal("Wrong cake delivered", T0);
        annRepository.save(incident);
        IncidentRepository.Stored annOpened = annRepository.findStored(incident.id()).orElseThrow();
        IncidentRepository.Stored bobOpened = bobRepository.findStored(incident.id()).orElseThrow();

        Incident annEdit = edit(annOpened.incident(), e -> e.admit = "We sent the wrong cake.");
        Incident bobEdit = edit(bobOpened.incident(), e -> e.thank = "Thank you for telling us at once.");
        annRepository.saveIfUnchanged(annEdit, annOpened.version());
        assertThrows(IncidentChangedException.class, () -> bobRepository.saveIfUnchanged(bobEdit, bobOpened.version()));
        assertEquals(annEdit, bobRepository.find(incident.id()).orElseThrow());

        IncidentRepository.Stored bobReread = bobRepository.findStored(incident.id()).orElseThrow();
        Incident both = edit(bobReread.incident(), e -> e.thank = bobEdit.thank());
        bobRepository.saveIfUnchanged(both, bobReread.version());
        Incident stored = annRepository.find(incident.id()).orElseThrow();
        assertEquals("We sent the wrong cake.", stored.admit());
        assertEquals("Thank you for telling us at once.", stored.thank());
    }

    /**
     * Both save the same version at the same moment, many times: each time exactly one wins (the row lock makes the
     * second wait for the first and then see its version), and the stored incident is the winner's.
     */
    @Test
    void savesAtTheSameMomentNeverBothWin() throws Exception {
        Incident incident = minimal("Wrong cake delivered", T0);
        annRepository.save(incident);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                long version = annRepository.findStored(incident.id()).orElseThrow().version();
                Incident annEdit = edit(incident, e -> e.admit = "Ann " + version);
                Incident bobEdit = edit(incident, e -> e.thank = "Bob " + version);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Long>> saves = new ArrayList<>();
                saves.add(two.submit(race(together, () -> annRepository.saveIfUnchanged(annEdit, version))));
                saves.add(two.submit(race(together, () -> bobRepository.saveIfUnchanged(bobEdit, version))));
                List<Incident> winners = new ArrayList<>();
                for (int n = 0; n < 2; n++) {
                    try {
                        assertEquals(version + 1, saves.get(n).get());
                        winners.add(n == 0 ? annEdit : bobEdit);
                    } catch (java.util.concurrent.ExecutionException lost) {
                        assertInstanceOf(IncidentChangedException.class, lost.getCause());
                    }
                }
                assertEquals(1, winners.size(), "round " + round);
                assertEquals(winners.get(0), annRepository.find(incident.id()).orElseThrow());
            }
        } finally {
            two.shutdownNow();
        }
    }

    private static Callable<Long> race(CyclicBarrier together, Callable<Long> save) {
        return () -> {
            together.await();
            return save.call();
        };
    }
}
