package app.makegood.cli;

import app.makegood.domain.Incident;
import app.makegood.domain.IncidentSummary;
import app.makegood.export.ImportException;
import app.makegood.export.IncidentJson;
import app.makegood.store.Database;
import app.makegood.store.IncidentRepository;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.StoreException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The command-line modes: list, export and import incidents without opening the window. */
public final class CommandLine {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int UNREADABLE_INPUT = 2;

    static final String USAGE = """
            Usage: makegood [--data-dir DIR] [COMMAND]
            Without a command, the MakeGood window opens. Commands:
              list [--json]                    list incidents (--json: all of every incident, as JSON)
              export-json --incident ID FILE   write one incident to FILE (the first characters of ID are enough)
              export-json --all FILE           write every incident to FILE
              import-json FILE                 add the incidents in FILE, replacing those with the same id
              check [FILE]                     check an apology text (FILE, or standard input) and print findings as JSON""";

    /** Ends a command early with an exit code and a message for the user. */
    private static final class Failure extends Exception {
        final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    @FunctionalInterface
    private interface Command {
        void run(IncidentRepository repository) throws Failure, IOException;
    }

    private final Path dataDir;
    private final PrintStream out;
    private final IncidentJson json = new IncidentJson();

    private CommandLine(Path dataDir, PrintStream out) {
        this.dataDir = dataDir;
        this.out = out;
    }

    /**
     * Runs one command and returns the process exit code: 0 done, 1 the user asked for something impossible
     * (or the database could not be used), 2 the input file is unreadable. {@code args} must no longer hold
     * {@code --data-dir} (see DataDirectory.withoutDataDirOption).
     */
    public static int run(String[] args, Path dataDir, PrintStream out, PrintStream err) {
        try {
            new CommandLine(dataDir, out).dispatch(args);
            return OK;
        } catch (Failure f) {
            err.println(f.getMessage());
            return f.code;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return USER_ERROR;
        }
    }

    private void dispatch(String[] args) throws Failure {
        String command = args.length == 0 ? "" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "list" -> list(rest);
            case "export-json" -> exportJson(rest);
            case "import-json" -> importJson(rest);
            case "help", "--help", "-h" -> out.println(USAGE);
            default -> throw new Failure(USER_ERROR,
                    (command.isEmpty() ? "No command given." : "Unknown command: " + command) + "\n" + USAGE);
        }
    }

    private void list(List<String> options) throws Failure {
        if (options.equals(List.of("--json"))) {
            withDatabase(repository -> json.writeArray(loadAll(repository), out));
        } else if (options.isEmpty()) {
            withDatabase(repository -> printTable(repository.list()));
        } else {
            throw usage("list takes only --json.");
        }
    }

    private void printTable(List<IncidentSummary> incidents) {
        if (incidents.isEmpty()) {
            out.println("No incidents yet.");
            return;
        }
        String row = "%-8s  %-14s  %s%n";
        out.printf(row, "ID", "STATUS", "TITLE");
        for (IncidentSummary s : incidents) {
            out.printf(row, s.id().substring(0, Math.min(8, s.id().length())), s.status(), s.title());
        }
    }

    private void exportJson(List<String> options) throws Failure {
        if (options.size() == 3 && options.get(0).equals("--incident")) {
            withDatabase(repository -> export(List.of(findByPrefix(repository, options.get(1))), options.get(2)));
        } else if (options.size() == 2 && options.get(0).equals("--all")) {
            withDatabase(repository -> export(loadAll(repository), options.get(1)));
        } else {
            throw usage("export-json needs --incident ID FILE or --all FILE.");
        }
    }

    private void export(List<Incident> incidents, String file) throws Failure {
        try {
            json.writeFile(incidents, Path.of(file));
        } catch (IOException e) {
            throw new Failure(USER_ERROR, "Could not write " + file + " (" + e + "). Choose another file or folder.");
        }
        out.println("Exported " + count(incidents.size()) + " to " + file);
    }

    private void importJson(List<String> options) throws Failure {
        if (options.size() != 1) {
            throw usage("import-json needs exactly one FILE.");
        }
        String file = options.get(0);
        // Read and check the whole file before touching the database: a bad file changes nothing.
        List<Incident> incidents;
        try {
            incidents = json.readFile(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new Failure(UNREADABLE_INPUT, "Nothing was imported: " + file + " does not exist.");
        } catch (ImportException e) {
            throw new Failure(UNREADABLE_INPUT, "Nothing was imported from " + file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new Failure(UNREADABLE_INPUT, "Nothing was imported: " + file + " could not be read (" + e + ").");
        }
        withDatabase(repository -> {
            Set<String> existing = repository.list().stream().map(IncidentSummary::id).collect(Collectors.toSet());
            long replaced = incidents.stream().filter(i -> existing.contains(i.id())).count();
            repository.saveAll(incidents);
            out.println("Imported " + count(incidents.size()) + " (" + (incidents.size() - replaced) + " new, "
                    + replaced + " replaced)");
        });
    }

    private void withDatabase(Command command) throws Failure {
        try (Database database = Database.open(dataDir)) {
            command.run(new JdbcIncidentRepository(database));
        } catch (IOException e) {
            throw new Failure(USER_ERROR, "Could not write the output (" + e + ").");
        }
    }

    /** Finds an incident by its full id or by the first characters of it, as shown by {@code list}. */
    private static Incident findByPrefix(IncidentRepository repository, String prefix) throws Failure {
        String wanted = prefix.toLowerCase(Locale.ROOT);
        List<String> matches = repository.list().stream().map(IncidentSummary::id)
                .filter(id -> id.toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
        Optional<String> exact = matches.stream().filter(id -> id.equalsIgnoreCase(prefix)).findFirst();
        if (exact.isEmpty() && matches.isEmpty()) {
            throw new Failure(USER_ERROR, "No incident has an id starting with \"" + prefix
                    + "\". Run \"makegood list\" to see the ids.");
        }
        if (exact.isEmpty() && matches.size() > 1) {
            throw new Failure(USER_ERROR, "\"" + prefix + "\" is the start of " + matches.size()
                    + " incident ids. Give more characters of the id.");
        }
        return repository.find(exact.orElse(matches.get(0))).orElseThrow();
    }

    private static List<Incident> loadAll(IncidentRepository repository) {
        return repository.list().stream().map(s -> repository.find(s.id()).orElseThrow()).toList();
    }

    private static String count(long n) {
        return n + (n == 1 ? " incident" : " incidents");
    }

    private static Failure usage(String problem) {
        return new Failure(USER_ERROR, problem + "\n" + USAGE);
    }
}
