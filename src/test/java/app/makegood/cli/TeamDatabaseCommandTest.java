package app.makegood.cli;

import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import app.makegood.export.IncidentJson;
import app.makegood.store.Database;
import app.makegood.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line on a shared team database (issue 19): --database-url or MAKEGOOD_DATABASE_URL. */
class TeamDatabaseCommandTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importThenListGoesToTheTeamDatabaseNotTheDataFolder() throws Exception {
        String url = TestPostgres.url();
        TestPostgres.emptyDatabase();
        Path file = files.resolve("in.json");
        new IncidentJson().writeFile(List.of(SampleIncidents.rich("Burnt cakes", T0),
                SampleIncidents.minimal("Late van", T0.plusSeconds(60))), file);

        assertEquals(0, run(null, "--database-url", url, "import-json", file.toString()), err());
        assertEquals("Imported 2 incidents (2 new, 0 replaced)\n", out());
        out.reset();
        assertEquals(0, run(null, "list", "--database-url", url), err());

        assertTrue(out().indexOf("Late van") < out().indexOf("Burnt cakes") && out().contains("Burnt cakes"), out());
        assertFalse(Files.exists(dataDir.resolve(Database.FILE_NAME)), "the data folder's file was not made");
    }

    @Test
    void theEnvironmentVariableNamesTheTeamDatabaseToo() throws Exception {
        String url = TestPostgres.url();
        TestPostgres.emptyDatabase();
        Path file = files.resolve("in.json");
        new IncidentJson().writeFile(List.of(SampleIncidents.minimal("Shared by the team", T0)), file);
        assertEquals(0, run(url, "import-json", file.toString()), err());
        out.reset();

        assertEquals(0, run(url, "list"), err());

        assertTrue(out().contains("Shared by the team"), out());
        assertFalse(Files.exists(dataDir.resolve(Database.FILE_NAME)));
    }

    @Test
    void copyToCopiesTheDataFoldersWorkbookAndRefusesANonEmptyTeamDatabaseUnlessTold() throws Exception {
        String url = TestPostgres.url();
        TestPostgres.emptyDatabase();
        Incident cake = SampleIncidents.rich("Burnt cakes", T0);
        try (Database own = Database.open(dataDir)) {
            new app.makegood.store.JdbcIncidentRepository(own).save(cake);
        }

        assertEquals(0, run(null, "copy-to", "--database-url", url), err());
        assertTrue(out().startsWith("Copied 1 incident, " + cake.customers().size() + " customers, 0 letters,"), out());
        assertTrue(out().contains("; checked"), out());
        try (Database team = Database.connect(url)) {
            assertEquals("Burnt cakes", new app.makegood.store.JdbcIncidentRepository(team).find(cake.id())
                    .orElseThrow().title());
        }

        out.reset();
        assertEquals(CommandLine.USER_ERROR, run(url, "copy-to"));
        assertTrue(err().startsWith("The team database already holds 1 incident."), err());
        assertTrue(err().contains("add --into-non-empty"), err());
        assertEquals(0, run(url, "copy-to", "--into-non-empty"), err());
    }

    @Test
    void copyToWithoutATeamDatabaseSaysWhatItNeeds() {
        assertEquals(CommandLine.USER_ERROR, run(null, "copy-to"));
        assertTrue(err().startsWith("copy-to needs --database-url"), err());
    }

    @Test
    void theOptionWithoutAnAddressIsAPlainMistake() {
        assertEquals(CommandLine.USER_ERROR, run(null, "list", "--database-url"));
        assertTrue(err().startsWith("--database-url needs the team database's address"), err());
    }

    @Test
    void anAddressThatIsNotPostgresqlIsRefusedPlainly() {
        assertEquals(CommandLine.USER_ERROR, run(null, "--database-url", "jdbc:h2:mem:x", "list"));
        assertTrue(err().startsWith("A team database address starts with jdbc:postgresql://"), err());
    }

    private int run(String variable, String... args) {
        return CommandLine.run(args, dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), PassphraseSource.NONE, variable);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
