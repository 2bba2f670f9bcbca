package app.makegood.cli;

import app.makegood.domain.Incident;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.PublicStory;
import app.makegood.domain.Replacement;
import app.makegood.domain.Text;
import app.makegood.domain.coach.ApologyChecker;
import app.makegood.domain.coach.Finding;
import app.makegood.domain.coach.Grammar;
import app.makegood.domain.coach.LetterReview;
import app.makegood.language.LanguageToolGrammar;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.letters.LetterRefusal;
import app.makegood.domain.letters.Letters;
import app.makegood.export.ImportException;
import app.makegood.export.IncidentJson;
import app.makegood.export.LetterException;
import app.makegood.export.letter.LetterExport;
import app.makegood.export.NotSavedException;
import app.makegood.export.PublicPage;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.service.BusinessFigures;
import app.makegood.service.Exporters;
import app.makegood.service.IncidentImport;
import app.makegood.service.LetterHistory;
import app.makegood.service.Postmortems;
import app.makegood.service.PublicPages;
import app.makegood.service.SentLetters;
import app.makegood.service.WorkbookCopy;
import app.makegood.store.Backups;
import app.makegood.store.Database;
import app.makegood.store.DatabaseDamagedException;
import app.makegood.store.IncidentRepository;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcLetterLog;
import app.makegood.store.JdbcProfileRepository;
import app.makegood.store.JdbcSettingsRepository;
import app.makegood.store.PassphraseNeededException;
import app.makegood.store.StoreException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The command-line modes: list, export and import incidents without opening the window. */
public final class CommandLine {
    private static final Logger LOG = Logger.getLogger(CommandLine.class.getName());
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int UNREADABLE_INPUT = 2;

    static final String USAGE = """
            Usage: makegood [--data-dir DIR] [--database-url jdbc:postgresql://HOST/DB?user=NAME] [COMMAND]
            Without a command, the MakeGood window opens. Commands:
              list [--json]                    list incidents (--json: all of every incident, as JSON)
              export-json --incident ID FILE   write one incident to FILE (the first characters of ID are enough)
              export-json --all FILE           write every incident to FILE
              import-json FILE                 add the incidents in FILE, replacing those with the same id
              postmortem --incident ID --format md|pdf --out FILE
                                               write the incident's five-whys postmortem as Markdown or as a
                                               PDF on the business's letterhead (md if --format is left out)
              letters --incident ID --kind apology|update|followup --format pdf|eml --out DIR [--force] [--sent]
                                               write one letter per affected customer into DIR and print
                                               each file's path (email drafts carry the PDF). Files are not
                                               sent, so customers are not marked as told; add --sent when
                                               the letters go out now, to record the first notice
              public-page --incident ID --format html|md --out FILE
                                               write the incident's public page: what happened, the sent
                                               updates and what is being done, nothing private (html if
                                               --format is left out)
              public-history --out DIR         write a public page for every incident customers were told
                                               about, and index.html listing them newest first
              profile [--name TEXT] [--address TEXT] [--phone TEXT] [--email ADDRESS] [--website TEXT]
                      [--signer NAME] [--role TEXT] [--sign-off TEXT] [--paper a4|letter]
                                               show the business profile letters are signed with; with options,
                                               change those fields first (\\n in --address starts a new line;
                                               "" empties a field; the logo is set in the window)
              settings [--currency CODE] [--order-value AMOUNT] [--orders-per-year N] [--years N]
                       [--margin PERCENT]
                                               show the business figures amends are worked out with; with
                                               options, change those first (CODE as EUR or GBP, PERCENT 0 to 100)
              check [FILE]                     check an apology text (FILE, or standard input) and print findings as JSON
              copy-to --database-url URL [--into-non-empty]
                                               copy this data folder's whole workbook into the team database
                                               at URL and check the copy; a team database that holds incidents
                                               already is refused unless --into-non-empty is given
              seed --incidents N               fill an empty data folder with N made-up incidents (to try MakeGood
                                               at scale); a folder that already holds incidents is refused
            An encrypted database asks for its passphrase on the terminal; in a script, give it as the first line
            of standard input. --database-url (or MAKEGOOD_DATABASE_URL) works on a shared team database on a
            PostgreSQL server instead of the data folder's file (preview).""";

    /** Names the shared team database (issue 19) when --database-url is not given. */
    public static final String DATABASE_URL_VARIABLE = "MAKEGOOD_DATABASE_URL";
    private static final String DATABASE_URL_OPTION = "--database-url";

    /** Ends a command early with an exit code and a message for the user. */
    static final class Failure extends Exception {
        final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    @FunctionalInterface
    private interface DatabaseCommand {
        void run(Database database) throws Failure, IOException;
    }

    @FunctionalInterface
    private interface Command {
        void run(IncidentRepository repository) throws Failure, IOException;
    }

    private final Path dataDir;
    private final PrintStream out;
    private final PrintStream err;
    private final PassphraseSource passphrase;
    /** The team database's JDBC address; null for the H2 file in the data folder. */
    private String databaseUrl;
    private final IncidentJson json = new IncidentJson();
    /** Commands write in the computer's time zone and language. */
    private final Exporters exporters = new Exporters(Clock.systemDefaultZone(), Locale.getDefault());
    /** The coach's language engine, loaded only by the commands that read a letter. */
    private final Supplier<Grammar> grammar = LanguageToolGrammar::shared;

    private CommandLine(Path dataDir, PrintStream out, PrintStream err, PassphraseSource passphrase) {
        this.err = err;
        this.dataDir = dataDir;
        this.out = out;
        this.passphrase = passphrase;
    }

    /**
     * Runs one command and returns the process exit code: 0 done, 1 the user asked for something impossible
     * (or the database could not be used), 2 the input file is unreadable, or the database file is damaged.
     * {@code args} must no longer hold {@code --data-dir} (see DataDirectory.withoutDataDirOption).
     */
    public static int run(String[] args, Path dataDir, PrintStream out, PrintStream err) {
        return run(args, dataDir, out, err, PassphraseSource.NONE);
    }

    /** As above; {@code passphrase} is asked when the database is encrypted. */
    public static int run(String[] args, Path dataDir, PrintStream out, PrintStream err, PassphraseSource passphrase) {
        return run(args, dataDir, out, err, passphrase, System.getenv(DATABASE_URL_VARIABLE));
    }

    /** As above; {@code databaseUrlVariable} is the value of {@value #DATABASE_URL_VARIABLE} (null when unset). */
    static int run(String[] args, Path dataDir, PrintStream out, PrintStream err, PassphraseSource passphrase,
                   String databaseUrlVariable) {
        try {
            CommandLine commandLine = new CommandLine(dataDir, out, err, passphrase);
            commandLine.dispatch(commandLine.withoutDatabaseUrl(args, databaseUrlVariable));
            return OK;
        } catch (Failure f) {
            printError(err, f.getMessage());
            return f.code;
        } catch (DatabaseDamagedException e) {
            err.println(e.getMessage() + " It was left as it is and no new database was made. Start MakeGood without"
                    + " a command to restore the newest backup that reads in full from "
                    + dataDir.toAbsolutePath().resolve(Backups.FOLDER) + "; the damaged file is kept beside it.");
            return UNREADABLE_INPUT;
        } catch (StoreException e) {
            printError(err, e.getMessage());
            return USER_ERROR;
        } catch (InvalidPathException e) {
            printError(err, "This system cannot store the file name " + Text.quoted(e.getInput()) + ". Choose a name"
                    + " with plain letters, or run MakeGood with a UTF-8 locale (for example LANG=C.UTF-8).");
            return USER_ERROR;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A command failed", e); // the stack trace goes to the log file, not the terminal
            printError(err, "MakeGood could not finish: an unexpected error happened (" + e.getClass().getSimpleName()
                    + "). The details are in the log file in " + dataDir.toAbsolutePath() + ".");
            return USER_ERROR;
        }
    }

    /** The most a message prints: it may quote a file, but a runaway one must not fill the terminal. */
    private static final int MESSAGE_LIMIT = 4000;

    private static void printError(PrintStream err, String message) {
        err.println(Text.capped(message, MESSAGE_LIMIT));
    }

    /** Takes {@code --database-url URL} out of {@code args}; it wins over the environment variable. */
    private String[] withoutDatabaseUrl(String[] args, String variable) throws Failure {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int at = rest.indexOf(DATABASE_URL_OPTION);
        if (at < 0) {
            databaseUrl = variable == null || variable.isBlank() ? null : variable.trim();
            return args;
        }
        if (at + 1 >= rest.size() || rest.get(at + 1).isBlank()) {
            throw usage(DATABASE_URL_OPTION + " needs the team database's address, for example"
                    + " jdbc:postgresql://server:5432/makegood?user=NAME.");
        }
        databaseUrl = rest.remove(at + 1);
        rest.remove(at);
        return rest.toArray(String[]::new);
    }

    private void dispatch(String[] args) throws Failure {
        String command = args.length == 0 ? "" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "list" -> list(rest);
            case "export-json" -> exportJson(rest);
            case "import-json" -> importJson(rest);
            case "postmortem" -> postmortem(rest);
            case "letters" -> letters(rest);
            case "public-page" -> publicPage(rest);
            case "public-history" -> publicHistory(rest);
            case "seed" -> seed(rest);
            case "copy-to" -> copyTo(rest);
            case "profile" -> withDatabase(database -> new BusinessCommands(out, err)
                    .profile(new JdbcProfileRepository(database), rest));
            case "settings" -> withDatabase(database -> new BusinessCommands(out, err)
                    .settings(figures(database), rest));
            case "help", "--help", "-h" -> out.println(USAGE);
            default -> throw new Failure(USER_ERROR, (command.isEmpty() ? "No command given."
                    : "Unknown command: " + Text.quoted(command)) + "\n" + USAGE);
        }
    }

    private void list(List<String> options) throws Failure {
        if (options.equals(List.of("--json"))) {
            withIncidents(repository -> json.writeArray(loadAll(repository), out));
        } else if (options.isEmpty()) {
            withIncidents(repository -> printTable(repository.list()));
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
            // Printable only: an imported title must not move the cursor, recolour the terminal or print backwards.
            out.printf(row, Text.printable(s.id().substring(0, Math.min(8, s.id().length()))), s.status(),
                    Text.printable(s.title()));
        }
    }

    private void exportJson(List<String> options) throws Failure {
        if (options.size() == 3 && options.get(0).equals("--incident")) {
            withIncidents(repository -> export(List.of(findByPrefix(repository, options.get(1))), options.get(2)));
        } else if (options.size() == 2 && options.get(0).equals("--all")) {
            withIncidents(repository -> export(loadAll(repository), options.get(1)));
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
        withIncidents(repository -> {
            IncidentImport.Result done;
            try {
                done = new IncidentImport(json, repository).importFile(Path.of(file));
            } catch (NoSuchFileException e) {
                throw new Failure(UNREADABLE_INPUT, "Nothing was imported: " + file + " does not exist.");
            } catch (ImportException e) {
                throw new Failure(UNREADABLE_INPUT, "Nothing was imported from " + file + ": " + e.getMessage());
            } catch (IOException e) {
                throw new Failure(UNREADABLE_INPUT, "Nothing was imported: " + file + " could not be read (" + e + ").");
            }
            out.println("Imported " + count(done.incidents()) + " (" + done.added() + " new, " + done.replaced()
                    + " replaced)");
        });
    }

    private void withIncidents(Command command) throws Failure {
        withDatabase(database -> command.run(new JdbcIncidentRepository(database)));
    }

    private void withDatabase(DatabaseCommand command) throws Failure {
        try (Database database = open()) {
            command.run(database);
        } catch (IOException e) {
            throw new Failure(USER_ERROR, e instanceof NotSavedException ? e.getMessage()
                    : "Could not write the output (" + e + ").");
        }
    }

    private Database open() throws Failure {
        return databaseUrl != null ? Database.connect(databaseUrl) : openOwn();
    }

    /** The data folder's own workbook, whatever --database-url says. */
    private Database openOwn() throws Failure {
        try {
            return Database.open(dataDir);
        } catch (PassphraseNeededException e) {
            char[] given = passphrase.ask(dataDir).orElseThrow(() -> new Failure(USER_ERROR, "The database in "
                    + dataDir.toAbsolutePath() + " is encrypted. Run this in a terminal to be asked for its passphrase,"
                    + " or give it as the first line of standard input."));
            try {
                return Database.open(dataDir, given);
            } finally {
                Arrays.fill(given, '\0');
            }
        }
    }

    /** The data folder's workbook into the team database, checked (issue 19): over the same service as the window. */
    private void copyTo(List<String> options) throws Failure {
        if (databaseUrl == null) {
            throw usage("copy-to needs " + DATABASE_URL_OPTION + " jdbc:postgresql://HOST/DB?user=NAME (or "
                    + DATABASE_URL_VARIABLE + "): the team database to copy into.");
        }
        if (!options.isEmpty() && !options.equals(List.of("--into-non-empty"))) {
            throw usage("copy-to takes only --into-non-empty.");
        }
        try (Database own = openOwn(); Database team = Database.connect(databaseUrl)) {
            WorkbookCopy.Report report = new WorkbookCopy(WorkbookCopy.Workbook.of(own), WorkbookCopy.Workbook.of(team))
                    .copy(!options.isEmpty(), (done, total) -> { });
            out.println(report.text());
        } catch (WorkbookCopy.NotEmptyException e) {
            throw new Failure(USER_ERROR, e.getMessage() + " Nothing was copied. To copy into it anyway, add"
                    + " --into-non-empty.");
        }
    }

    private void postmortem(List<String> options) throws Failure {
        Map<String, String> o = pairs(options, Set.of("--incident", "--format", "--out"));
        if (!o.keySet().containsAll(Set.of("--incident", "--out"))) {
            throw usage("postmortem needs --incident ID --format md|pdf --out FILE.");
        }
        String format = o.getOrDefault("--format", "md");
        if (!format.equals("md") && !format.equals("pdf")) {
            throw usage("The postmortem can be written as md (Markdown) or pdf, not \"" + Text.quoted(format) + "\".");
        }
        withDatabase(database -> {
            Incident incident = findByPrefix(new JdbcIncidentRepository(database), o.get("--incident"));
            Postmortems.Format as = format.equals("pdf") ? Postmortems.Format.PDF : Postmortems.Format.MARKDOWN;
            new Postmortems(exporters, figures(database), new JdbcProfileRepository(database),
                    new JdbcLetterLog(database)).write(incident, as, Path.of(o.get("--out")));
            out.println(o.get("--out"));
        });
    }

    private void publicPage(List<String> options) throws Failure {
        Map<String, String> o = pairs(options, Set.of("--incident", "--format", "--out"));
        String format = o.getOrDefault("--format", "html");
        if (!o.keySet().containsAll(Set.of("--incident", "--out")) || !Set.of("html", "md").contains(format)) {
            throw usage("public-page needs --incident ID --format html|md --out FILE.");
        }
        withDatabase(database -> {
            Incident incident = findByPrefix(new JdbcIncidentRepository(database), o.get("--incident"));
            Path file = Path.of(o.get("--out"));
            noteReplacements(PublicStory.replacements(incident));
            publicPages(database).write(incident,
                    format.equals("md") ? PublicPages.Format.MARKDOWN : PublicPages.Format.HTML, file);
            out.println(file);
        });
    }

    private void publicHistory(List<String> options) throws Failure {
        Map<String, String> o = pairs(options, Set.of("--out"));
        if (!o.containsKey("--out")) {
            throw usage("public-history needs --out DIR.");
        }
        withDatabase(database -> {
            PublicPages pages = publicPages(database);
            List<Incident> incidents = pages.historyCandidates();
            noteReplacements(PublicStory.replacements(incidents));
            PublicPage.History h = pages.writeHistory(incidents, Path.of(o.get("--out")));
            out.println(h.index());
            if (h.leftOut() > 0) {
                err.println(count(h.leftOut()) + " left out: customers were never told about "
                        + (h.leftOut() == 1 ? "it." : "them."));
            }
        });
    }

    private PublicPages publicPages(Database database) {
        return new PublicPages(exporters, new JdbcProfileRepository(database), new JdbcIncidentRepository(database));
    }

    private BusinessFigures figures(Database database) {
        return new BusinessFigures(new JdbcSettingsRepository(database), Locale.getDefault());
    }

    /** Before a public page is written, what it will not show as typed (on stderr: stdout is the file's path). */
    private void noteReplacements(List<Replacement> replacements) {
        if (!replacements.isEmpty()) {
            err.println("Replaced on the public page (check that it still reads well):");
            replacements.forEach(r -> err.println("  " + r.describe()));
        }
    }

    private static final Map<String, LetterKind> KINDS = Map.of("apology", LetterKind.APOLOGY,
            "update", LetterKind.STATUS_UPDATE, "followup", LetterKind.FOLLOW_UP);
    private static final Map<String, LetterFormat> FORMATS = Map.of("pdf", LetterFormat.PDF, "eml", LetterFormat.EML);

    private void letters(List<String> given) throws Failure {
        List<String> options = new ArrayList<>(given);
        boolean force = options.remove("--force");
        boolean sent = options.remove("--sent");
        Map<String, String> o = pairs(options, Set.of("--incident", "--kind", "--format", "--out"));
        LetterKind kind = KINDS.get(o.getOrDefault("--kind", ""));
        LetterFormat format = FORMATS.get(o.getOrDefault("--format", ""));
        if (kind == null || format == null || !o.containsKey("--incident") || !o.containsKey("--out")) {
            throw usage("letters needs --incident ID --kind apology|update|followup --format pdf|eml --out DIR.");
        }
        withDatabase(database -> {
            Incident incident = findByPrefix(new JdbcIncidentRepository(database), o.get("--incident"));
            if (incident.customers().isEmpty()) {
                throw new Failure(USER_ERROR, "No letter written: the incident has no affected customers yet.");
            }
            Optional<LetterRefusal> refused = Letters.refusal(kind, incident);
            if (refused.isPresent()) {
                throw new Failure(USER_ERROR, "No letter written. " + refused.get().reason());
            }
            BusinessProfile from = new JdbcProfileRepository(database).load();
            if (kind == LetterKind.APOLOGY) {
                coach(incident, from, force);
            }
            if (!from.isReadyForLetters()) {
                err.println("The business profile has no business name yet, so the letters are not signed. "
                        + "Fill it in with: makegood profile --name \"Your business\" --signer \"Your name\" "
                        + "(or in the window: Edit > Business profile).");
            }
            if (format == LetterFormat.EML && from.email().isBlank()) {
                throw new Failure(USER_ERROR, "No email drafts written: the business profile has no email address for "
                        + "customers to reply to. Add it with: makegood profile --email you@example.com");
            }
            LetterExport letters = exporters.letters(new LetterTemplates(dataDir.resolve("templates")));
            LetterHistory history = new LetterHistory(new JdbcLetterLog(database), exporters.clock());
            LetterExport.BatchRequest request = new LetterExport.BatchRequest(kind, incident, incident.customers(),
                    from, figures(database).load(), LocalDate.now(exporters.clock()), Path.of(o.get("--out")),
                    EnumSet.of(format), true);
            List<LetterRecord> recorded = new ArrayList<>();
            LetterExport.BatchResult result;
            try {
                result = batch(letters, request, (draft, written) -> {
                    recorded.add(history.written(incident.id(), written.customer(), kind, format,
                            written.file().toString()));
                });
            } catch (LetterException e) {
                throw new Failure(USER_ERROR, "No more letters written: " + e.getMessage());
            } finally {
                firstNotice(new JdbcIncidentRepository(database), incident, recorded, sent);
            }
            result.written().forEach(w -> out.println(w.file()));
            result.skipped().forEach(err::println);
        });
    }

    /**
     * The window's rule ({@link app.makegood.domain.FirstNotice}, through {@link SentLetters}): letters written to
     * files are a first notice only when the owner says they went out ({@code --sent}).
     */
    private void firstNotice(IncidentRepository repository, Incident incident, List<LetterRecord> recorded,
                             boolean sent) {
        List<Incident> changed = new SentLetters(repository).record(recorded, sent);
        if (!changed.isEmpty()) {
            err.println("Customers are now marked as told, at "
                    + changed.get(0).firstNoticeAt().orElseThrow().truncatedTo(ChronoUnit.SECONDS) + " (--sent).");
        } else if (!sent && !recorded.isEmpty() && incident.firstNoticeAt().isEmpty()) {
            err.println("Customers are not marked as told: these are files. Add --sent when the letters go out "
                    + "now, or record it in the window with \"Customers told\".");
        }
    }

    /**
     * The coach reads the apology first, as the window does: problems stop it unless {@code force}; spelling and
     * grammar slips are listed and do not.
     */
    private void coach(Incident incident, BusinessProfile from, boolean force) throws Failure {
        LetterReview review = LetterReview.of(incident, new ApologyChecker(grammar.get()),
                List.of(from.name(), from.signerName()));
        review.slips().forEach(f -> err.println("Spelling or grammar: " + LetterReview.describe(f)));
        List<Finding> problems = review.problems();
        if (problems.isEmpty()) {
            return;
        }
        problems.forEach(f -> err.println("Problem: " + LetterReview.describe(f)));
        if (!force) {
            throw new Failure(USER_ERROR, "No letter written: the coach found " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + " in the apology (listed above). Reword it "
                    + "in the window, or dismiss a finding there, or run again with --force to send it as it is.");
        }
        err.println("Written anyway (--force), with the problems above.");
    }

    /** Saved in chunks: one transaction per chunk keeps memory flat and is much faster than one per incident. */
    private static final int SEED_CHUNK = 500;
    private static final int SEED_MAX = 1_000_000;

    private void seed(List<String> options) throws Failure {
        int wanted = seedCount(pairs(options, Set.of("--incidents")).getOrDefault("--incidents", ""));
        withIncidents(repository -> {
            // Made-up incidents must never mix with the owner's real ones.
            if (!repository.list().isEmpty()) {
                throw new Failure(USER_ERROR, "Nothing was generated: " + dataDir.toAbsolutePath()
                        + " already holds incidents. Give an empty folder with --data-dir.");
            }
            IncidentGenerator generator = new IncidentGenerator(IncidentGenerator.DEFAULT_SEED,
                    Clock.systemDefaultZone());
            for (int done = 0; done < wanted; done += SEED_CHUNK) {
                repository.saveAll(generator.next(Math.min(SEED_CHUNK, wanted - done)));
            }
            out.println("Generated " + count(wanted) + " in " + dataDir.toAbsolutePath());
        });
    }

    private static int seedCount(String option) throws Failure {
        try {
            int n = Integer.parseInt(option);
            if (n >= 1 && n <= SEED_MAX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Not a number: same answer as out of range, below.
        }
        throw usage("seed needs --incidents N, a whole number from 1 to " + SEED_MAX + ".");
    }

    private static LetterExport.BatchResult batch(LetterExport letters, LetterExport.BatchRequest request,
                                                  BiConsumer<LetterExport.Draft, LetterExport.Written> written)
            throws IOException {
        try {
            return letters.batch(request, new LetterExport.BatchListener() {
                @Override
                public void written(LetterExport.Draft draft, LetterExport.Written file) {
                    written.accept(draft, file);
                }

                @Override
                public void progress(int done, int total, String customer) {
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Stopped before every letter was written.", e);
        }
    }

    /** Options given as "--name value" pairs, each at most once and from the known names. */
    static Map<String, String> pairs(List<String> options, Set<String> known) throws Failure {
        Map<String, String> out = new HashMap<>();
        for (int n = 0; n < options.size(); n += 2) {
            String name = options.get(n);
            if (!known.contains(name) || n + 1 >= options.size() || out.put(name, options.get(n + 1)) != null) {
                throw usage("Unexpected or repeated option: " + Text.quoted(name) + ".");
            }
        }
        return out;
    }

    /** Finds an incident by its full id or by the first characters of it, as shown by {@code list}. */
    private static Incident findByPrefix(IncidentRepository repository, String prefix) throws Failure {
        String wanted = prefix.toLowerCase(Locale.ROOT);
        List<String> matches = repository.list().stream().map(IncidentSummary::id)
                .filter(id -> id.toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
        Optional<String> exact = matches.stream().filter(id -> id.equalsIgnoreCase(prefix)).findFirst();
        if (exact.isEmpty() && matches.isEmpty()) {
            throw new Failure(USER_ERROR, "No incident has an id starting with \"" + Text.quoted(prefix)
                    + "\". Run \"makegood list\" to see the ids.");
        }
        if (exact.isEmpty() && matches.size() > 1) {
            throw new Failure(USER_ERROR, "\"" + Text.quoted(prefix) + "\" is the start of " + matches.size()
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

    static Failure usage(String problem) {
        return new Failure(USER_ERROR, problem + "\n" + USAGE);
    }
}
