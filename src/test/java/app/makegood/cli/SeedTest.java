package app.makegood.cli;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentSummary;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void fillsAnEmptyFolderWithTheAskedNumberInMoreThanOneChunk() {
        assertEquals(CommandLine.OK, seed("--incidents", "1201"));
        List<IncidentSummary> stored = list();
        assertEquals(1201, stored.size());
        assertEquals(1201, stored.stream().map(IncidentSummary::id).distinct().count());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Generated 1201 incidents"));
    }

    @Test
    void theSameSeedGivesTheSameIncidents() {
        List<Incident> first = new IncidentGenerator(7, CLOCK).next(200);
        assertEquals(first, new IncidentGenerator(7, CLOCK).next(200));
        assertNotEquals(first, new IncidentGenerator(8, CLOCK).next(200));
    }

    @Test
    void incidentsLookVariedAndRecent() {
        List<Incident> incidents = new IncidentGenerator(IncidentGenerator.DEFAULT_SEED, CLOCK).next(500);
        Instant twoYearsAgo = CLOCK.instant().minus(Duration.ofDays(730));
        assertTrue(incidents.stream().allMatch(i -> !i.createdAt().isBefore(twoYearsAgo)
                && !i.createdAt().isAfter(CLOCK.instant())));
        assertTrue(incidents.stream().allMatch(i -> i.customers().size() >= 1 && i.customers().size() <= 5));
        assertTrue(incidents.stream().map(Incident::title).distinct().count() > 200);
        assertEquals(8, incidents.stream().map(Incident::category).distinct().count());
        assertEquals(5, incidents.stream().map(Incident::status).distinct().count());
        Set<String> names = incidents.stream().flatMap(i -> i.customers().stream()).map(AffectedCustomer::name)
                .collect(Collectors.toSet());
        assertTrue(names.stream().anyMatch(n -> !n.chars().allMatch(c -> c < 128)), "non-ASCII names");
        assertTrue(incidents.stream().allMatch(i -> !i.whys().isEmpty() && !i.actions().isEmpty()));
    }

    @Test
    void refusesAFolderThatAlreadyHoldsIncidents() {
        assertEquals(CommandLine.OK, seed("--incidents", "3"));
        assertEquals(CommandLine.USER_ERROR, seed("--incidents", "3"));
        assertEquals(3, list().size());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already holds incidents"));
    }

    @Test
    void refusesACountThatIsNotAWholeNumber() {
        assertEquals(CommandLine.USER_ERROR, seed("--incidents", "many"));
        assertEquals(CommandLine.USER_ERROR, seed("--incidents", "0"));
        assertEquals(CommandLine.USER_ERROR, seed());
    }

    private int seed(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "seed";
        System.arraycopy(options, 0, args, 1, options.length);
        return CommandLine.run(args, dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<IncidentSummary> list() {
        try (Database db = Database.open(dataDir)) {
            return new JdbcIncidentRepository(db).list();
        }
    }
}
