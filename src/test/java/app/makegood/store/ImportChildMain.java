package app.makegood.store;

import app.makegood.export.IncidentJson;
import app.makegood.service.IncidentImport;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An importing MakeGood stand-in for {@link ImportCrashTest}, run in its own JVM and killed at a random moment.
 * {@code DIR FILE EMPTY_DIR WARM_DIR}: first warms up (reads FILE, opens a copy of the empty database in EMPTY_DIR,
 * so the JVM's start-up is not what gets killed), prints "ready" and waits for a line on standard input; then opens DIR
 * and, again and again, imports FILE through {@link IncidentImport} ("imported N") and deletes the file's incidents
 * in one transaction ("removed N"). Every moment of an import is a moment it may be killed at.
 */
public final class ImportChildMain {
    private ImportChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path file = Path.of(args[1]);
        IncidentJson json = new IncidentJson();
        List<String> ids = json.readFile(file).stream().map(app.makegood.domain.Incident::id).toList();
        // Class loading is start-up, not import: opening a copy of an empty database first does it before "ready".
        Path warm = Path.of(args[3]);
        Files.createDirectories(warm);
        Files.copy(Path.of(args[2]).resolve(Database.FILE_NAME), warm.resolve(Database.FILE_NAME));
        Database.open(warm).close();
        say("ready");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        Database db = Database.open(dir);
        IncidentImport importer = new IncidentImport(json, new JdbcIncidentRepository(db));
        say("open");
        for (int n = 1; ; n++) {
            importer.importFile(file);
            say("imported " + n);
            Jdbc.inTransaction(db.dataSource(), "remove", c -> Jdbc.update(c,
                    "DELETE FROM incidents WHERE id = ANY(?)", (Object) ids.toArray(String[]::new)));
            say("removed " + n);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The last line the child printed completely, or "". */
    static String lastLine(Path output) throws java.io.IOException {
        String text = Files.readString(output);
        int end = text.lastIndexOf('\n');
        return end < 0 ? "" : text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
    }
}
