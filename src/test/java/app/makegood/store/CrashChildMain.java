package app.makegood.store;

import app.makegood.domain.Incident;
import app.makegood.domain.StatusUpdate;
import app.makegood.export.IncidentJson;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A MakeGood stand-in for {@link CrashSafetyTest}, run in its own JVM and killed mid-work.
 * {@code save DIR BASE.json}: saves ever-growing revisions of one incident, printing "committed N" after each.
 * {@code export TARGET BASE.json}: writes a large JSON export to TARGET again and again, printing "wrote N".
 * {@code pdf TARGET BASE.json}: the same with the incident's postmortem PDF.
 * {@code hold DIR}: opens the database and waits, printing "open".
 */
public final class CrashChildMain {
    private CrashChildMain() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "save" -> save(Path.of(args[1]), base(Path.of(args[2])));
            case "export" -> export(Path.of(args[1]), base(Path.of(args[2])));
            case "pdf" -> pdf(Path.of(args[1]), base(Path.of(args[2])));
            case "hold" -> {
                try (Database ignored = Database.open(Path.of(args[1]))) {
                    System.out.println("open");
                    System.out.flush();
                    Thread.sleep(60_000);
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static Incident base(Path json) throws Exception {
        return new IncidentJson().readFile(json).get(0);
    }

    private static void save(Path dir, Incident base) {
        Database db = Database.open(dir);
        JdbcIncidentRepository repository = new JdbcIncidentRepository(db);
        for (int n = 1; ; n++) {
            repository.save(revision(base, n));
            System.out.println("committed " + n);
            System.out.flush();
        }
    }

    private static void export(Path target, Incident base) throws Exception {
        List<Incident> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(exportCopy(base, i));
        }
        IncidentJson json = new IncidentJson();
        for (int n = 1; ; n++) {
            json.writeFile(many, target);
            System.out.println("wrote " + n);
            System.out.flush();
        }
    }

    private static void pdf(Path target, Incident base) throws Exception {
        var postmortem = new app.makegood.export.letter.PostmortemPdf(new app.makegood.export.letter.PdfMaker(
                app.makegood.export.letter.BundledFonts.load()), java.time.ZoneOffset.UTC, java.util.Locale.UK);
        for (int n = 1; ; n++) {
            postmortem.write(base, List.of(), new app.makegood.domain.amends.AmendsDefaults("GBP",
                            new app.makegood.domain.FutureValueInputs(new java.math.BigDecimal("60"),
                                    new java.math.BigDecimal("4"), new java.math.BigDecimal("3"),
                                    new java.math.BigDecimal("0.4"))),
                    app.makegood.domain.letters.BusinessProfile.EMPTY, java.time.LocalDate.of(2026, 11, 20), target);
            System.out.println("wrote " + n);
            System.out.flush();
        }
    }

    /**
     * Incident {@code i} of the export: the base incident under new ids, its own and its records' (an import
     * refuses a file in which two incidents share a customer, an update, an action or a file).
     */
    static Incident exportCopy(Incident base, int i) {
        int[] next = {1};
        java.util.function.Supplier<String> id = () -> new java.util.UUID(0x16L << 32 | i, next[0]++).toString();
        return copy(base, Map.of("id", id.get(), "title", "Export " + i,
                "updates", base.updates().stream().map(u -> new StatusUpdate(id.get(), u.writtenAt(), u.text(),
                        u.sent(), u.channel())).toList(),
                "customers", base.customers().stream().map(c -> new app.makegood.domain.AffectedCustomer(id.get(),
                        c.name(), c.email(), c.expected(), c.expectedValue(), c.offerKind(), c.offerAmount(),
                        c.offerNote(), c.offerState(), c.salutation(), c.reference(), c.notes(), c.futureValue()))
                        .toList(),
                "actions", base.actions().stream().map(a -> new app.makegood.domain.CorrectiveAction(id.get(),
                        a.description(), a.owner(), a.due(), a.status(), a.evidenceNote(), a.attachments().stream()
                        .map(f -> new app.makegood.domain.Attachment(id.get(), f.fileName(), f.content())).toList(),
                        a.doneOn(), a.droppedReason())).toList()));
    }

    /** Revision {@code n} of an autosaved incident: the texts grow, one status update more each time. */
    static Incident revision(Incident base, int n) {
        List<StatusUpdate> updates = new ArrayList<>(base.updates());
        for (int i = 0; i < n % 20; i++) {
            updates.add(new StatusUpdate("update-" + i, Instant.parse("2026-11-03T09:00:00Z").plusSeconds(i),
                    "Update " + i + " of revision " + n, i % 2 == 0, "email"));
        }
        return copy(base, Map.of(
                "title", "Revision " + n,
                "admit", base.admit() + " Revision " + n + ".".repeat(n % 50),
                "explain", (base.explain() + "\n").repeat(1 + n % 30) + "End of revision " + n,
                "updates", updates));
    }

    /** The incident with some components replaced, by name. */
    static Incident copy(Incident incident, Map<String, Object> changes) {
        try {
            RecordComponent[] components = Incident.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                values[i] = changes.containsKey(name) ? changes.get(name) : components[i].getAccessor().invoke(incident);
                types[i] = components[i].getType();
            }
            return Incident.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
