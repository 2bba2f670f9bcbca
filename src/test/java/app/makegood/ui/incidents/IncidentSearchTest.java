package app.makegood.ui.incidents;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.review.SearchText;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.WhyStep;
import app.makegood.store.Database;
import app.makegood.store.IncidentRepository;
import app.makegood.store.Backups;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcLetterLog;
import app.makegood.ui.review.SearchAndDue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Search as you type over a generated database: every field that should be searched is, and only the right
 * incidents come back, on 10,000 incidents ({@code -Dsearch.incidents=N} for another size); timings go to the output.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncidentSearchTest {
    private static final int N = Integer.getInteger("search.incidents", 10_000);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    static Path dataDir;
    private static Database database;
    private static final IncidentListViewModel vm = new IncidentListViewModel();
    private static final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void generate() {
        database = Database.open(dataDir);
        IncidentRepository repo = new JdbcIncidentRepository(database);
        List<Incident> incidents = new ArrayList<>();
        for (int n = 0; n < N; n++) {
            int k = n;
            String tag = String.format("%05d", n);
            Incident i = SampleIncidents.edit(SampleIncidents.minimal("Incident title" + tag + "t",
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * n)), e -> {
                e.admit = "We are sorry admit" + tag + "a. " + "The delivery was late and the cake was cold. ".repeat(4);
                e.thank = "Thank you thank" + tag + "h for telling us.";
                e.explain = "Explain" + tag + "e: our courier booking failed on Friday. ".repeat(3);
                e.updates = List.of(new StatusUpdate("u" + tag, e.createdAt, "Update" + tag + "u: new oven ordered.", false));
                e.whys = List.of(new WhyStep("Why was it late?", "Because the van broke why" + tag + "w.", false),
                        new WhyStep("Why?", k % 10 == 0 ? "The THERMOSTAT sensor failed." : "Nobody checks the van.", true));
                e.actions = List.of(new CorrectiveAction("a" + tag, "Action" + tag + "c: weekly van check", "Dana",
                        Optional.empty(), ActionStatus.PLANNED, "", List.of(), Optional.empty(), ""));
                e.customers = List.of(AffectedCustomer.named("Customer" + tag + "z Müller", "c" + tag + "@example.com"));
            });
            ids.add(i.id());
            incidents.add(i);
        }
        long t0 = System.nanoTime();
        repo.saveAll(incidents);
        long t1 = System.nanoTime();
        vm.setAll(repo.list());
        long t2 = System.nanoTime();
        SearchAndDue read = SearchAndDue.load(repo, new JdbcLetterLog(database), TODAY, ZoneOffset.UTC);
        Map<String, SearchText> texts = read.searchTexts();
        long t3 = System.nanoTime();
        vm.setSearchIndex(read.index(), texts);
        System.out.printf("search on %d incidents: save %d ms, list %d ms, search texts %d ms (%d chars)%n",
                N, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                texts.values().stream().mapToLong(t -> t.folded().length()).sum());
    }

    /** Leaving an edited incident reads only its text again; the search sees the new words. Runs last. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anEditedIncidentIsFoundByItsNewWords() {
        IncidentRepository repo = new JdbcIncidentRepository(database);
        String id = ids.get(3);
        Incident edited = SampleIncidents.edit(repo.find(id).orElseThrow(), e -> e.explain = "A fuse blew in the walk-in fridge.");
        repo.save(edited);
        assertEquals(Set.of(), search("fuse"), "not read again yet");
        vm.setSearchText(id, searchText(id));
        assertEquals(Set.of(id), search("walk-in fuse"));
        assertEquals(Set.of(), search("explain00003e"));
        repo.delete(id);
        assertEquals(Optional.empty(), searchText(id));
        vm.setSearchText(ids.get(4), Optional.empty());
        assertEquals(Set.of(), search("admit00004a"), "without its text, only the title is searched");
        assertEquals(Set.of(ids.get(4)), search("title00004t"));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** As the main window reads one incident's text again after it was edited. */
    private static Optional<SearchText> searchText(String id) {
        return Optional.ofNullable(SearchAndDue.load(id, new JdbcIncidentRepository(database),
                new JdbcLetterLog(database), TODAY, ZoneOffset.UTC).searchTexts().get(id));
    }

    private static Set<String> search(String query) {
        long t0 = System.nanoTime();
        vm.queryProperty().set(query);
        Set<String> found = vm.shown().stream().map(IncidentSummary::id).collect(Collectors.toSet());
        long micros = (System.nanoTime() - t0) / 1000;
        System.out.printf("  \"%s\": %d found in %.2f ms%n", query, found.size(), micros / 1000.0);
        return found;
    }

    /** Not an assertion: prints what each keystroke costs when typing a word of a root cause, warmed up. */
    @Test
    void typingAWordKeystrokeByKeystroke() {
        String word = "thermostat sensor";
        for (int round = 0; round < 3; round++) {
            StringBuilder line = new StringBuilder("  typing, round " + round + ":");
            for (int i = 1; i <= word.length(); i++) {
                long t0 = System.nanoTime();
                vm.queryProperty().set(word.substring(0, i));
                int shown = vm.shown().size();
                line.append(String.format(" %.1f", (System.nanoTime() - t0) / 1e6));
                if (i == word.length()) {
                    assertEquals(N / 10, shown);
                }
            }
            vm.queryProperty().set("");
            System.out.println(line + " ms");
        }
    }

    /** Not an assertion either: what the Due view and the daily backup cost on this many incidents. */
    @Test
    void dueViewAndBackupCost() throws Exception {
        long t0 = System.nanoTime();
        int due = SearchAndDue.load(new JdbcIncidentRepository(database), new JdbcLetterLog(database), TODAY,
                ZoneOffset.UTC).due().size();
        long t1 = System.nanoTime();
        Path zip = dataDir.resolve("backups").resolve("measure.zip");
        new Backups(database, dataDir, Clock.systemUTC()).backupTo(zip);
        long t2 = System.nanoTime();
        System.out.printf("  due view: %d items from %d open incidents in %d ms; backup %d ms, %d KB zip%n", due, N,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, Files.size(zip) / 1024);
        assertEquals(N, due); // each has an update not sent
    }

    @Test
    void everyWrittenFieldIsSearched() {
        int n = N / 2 + 7;
        String tag = String.format("%05d", n);
        for (String word : List.of("title" + tag + "t", "admit" + tag + "a", "THANK" + tag + "h", "explain" + tag + "e",
                "update" + tag + "u", "why" + tag + "w", "action" + tag + "c", "customer" + tag + "z", "c" + tag + "@example")) {
            assertEquals(Set.of(ids.get(n)), search(word), word);
        }
    }

    @Test
    void everyWordMustMatchSomewhereInAnyCase() {
        assertEquals(N / 10, search("thermostat").size());
        assertEquals(Set.of(ids.get(10)), search("  Thermostat   customer00010z müller "));
        assertEquals(Set.of(), search("thermostat customer00011z"));
        assertEquals(N, search("late cake").size());
        assertEquals(N, search("").size());
        assertEquals(Set.of(), search("nothing-like-this"));
    }
}
