package app.makegood.store;

import app.makegood.domain.ActionPriority;
import app.makegood.domain.ActionStatus;
import app.makegood.domain.ActionType;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Attachment;
import app.makegood.domain.Category;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Discoverer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.Milestones;
import app.makegood.domain.Moment;
import app.makegood.domain.NoticeChannel;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.PricePeriod;
import app.makegood.domain.PostmortemNotes;
import app.makegood.domain.Severity;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.Text;
import app.makegood.domain.WhyStep;
import app.makegood.domain.FutureValueInputs;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static app.makegood.store.Jdbc.batch;
import static app.makegood.store.Jdbc.date;
import static app.makegood.store.Jdbc.enumValue;
import static app.makegood.store.Jdbc.instant;
import static app.makegood.store.Jdbc.query;
import static app.makegood.store.Jdbc.update;

/**
 * Incidents in the workbook's database (H2 or PostgreSQL). Saving rewrites the incident row and its small child rows, but keeps
 * corrective actions and their attachments by id, so autosaving never rewrites stored evidence files.
 */
public final class JdbcIncidentRepository implements IncidentRepository {
    private static final String MERGE_INCIDENT = """
            MERGE INTO incidents (id, title, category, severity, status, happened_at, discovered_at, discovered_by,
                                  first_notice_at, admit, thank, explain, problem, follow_up_due, created_at,
                                  next_update_due, first_notice_how,
                                  restored_at, resolved_at, approximate_times, time_zone)
            KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_CUSTOMER = """
            INSERT INTO affected_customers (id, incident_id, position, name, email, expected, expected_value,
                                            offer_kind, offer_amount, offer_note, offer_state, salutation,
                                            reference, notes, average_order_value, orders_per_year,
                                            expected_years, margin, expected_period, offer_period, offer_periods)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_UPDATE = """
            INSERT INTO status_updates (id, incident_id, position, written_at, text, sent, channel)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_WHY = """
            INSERT INTO why_steps (incident_id, position, question, answer, root_cause) VALUES (?, ?, ?, ?, ?)""";
    private static final String MERGE_ACTION = """
            MERGE INTO corrective_actions (id, incident_id, position, description, owner, due, status, evidence_note,
                                           done_on, dropped_reason, action_type, priority, evidence_for_customers)
            KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ATTACHMENT = """
            INSERT INTO attachments (id, action_id, position, file_name, content, size) VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String ATTACHMENTS = " FROM attachments f JOIN corrective_actions a ON a.id = f.action_id";
    private static final String ATTACHMENTS_OF_INCIDENT = ATTACHMENTS + " WHERE a.incident_id = ?";
    private static final byte[] NO_CONTENT = new byte[0];

    /**
     * nextFollowUp is computed here rather than from loaded incidents: the list must stay fast with many incidents.
     * H2's LEAST is NULL when any argument is, hence the COALESCEs.
     */
    private static final String LIST = """
            SELECT i.id, i.title, i.category, i.severity, i.status, i.created_at, i.discovered_at, i.discovered_by,
                   i.first_notice_at, i.next_update_due,
                   i.happened_at, i.restored_at, i.resolved_at, i.approximate_times, i.time_zone,
                   (SELECT COUNT(*) FROM affected_customers c WHERE c.incident_id = i.id) AS customers,
                   LEAST(COALESCE(i.follow_up_due, a.due), COALESCE(a.due, i.follow_up_due)) AS next_follow_up
            FROM incidents i
            LEFT JOIN (SELECT incident_id, MIN(due) AS due FROM corrective_actions
                       WHERE status = ANY(?) GROUP BY incident_id) a ON a.incident_id = i.id
            ORDER BY i.created_at DESC, i.id""";

    private static final String[] OPEN_ACTION_STATUSES = Arrays.stream(ActionStatus.values())
            .filter(ActionStatus::isOpen).map(Enum::name).toArray(String[]::new);

    private final DataSource dataSource;
    private final Dialect dialect;

    public JdbcIncidentRepository(Database database) {
        this.dataSource = database.dataSource();
        this.dialect = database.dialect();
    }

    @Override
    public List<IncidentSummary> list() {
        return summaries(LIST);
    }

    /** The same query cut short: ordered by the created_at index, it reads only the rows it returns. */
    @Override
    public List<IncidentSummary> listNewest(int count) {
        return summaries(LIST + " FETCH FIRST " + Math.max(0, count) + " ROWS ONLY");
    }

    private List<IncidentSummary> summaries(String sql) {
        return Jdbc.inTransaction(dataSource, "MakeGood could not read the list of incidents.",
                c -> query(c, sql, rs -> new IncidentSummary(
                        rs.getString("id"),
                        rs.getString("title"),
                        enumValue(rs, "category", Category.class),
                        enumValue(rs, "severity", Severity.class),
                        enumValue(rs, "status", IncidentStatus.class),
                        instant(rs, "created_at").orElseThrow(),
                        rs.getInt("customers"),
                        date(rs, "next_follow_up"),
                        instant(rs, "discovered_at"),
                        enumValue(rs, "discovered_by", Discoverer.class),
                        instant(rs, "first_notice_at"),
                        instant(rs, "next_update_due"),
                        instant(rs, "happened_at"),
                        milestones(rs)), (Object) OPEN_ACTION_STATUSES)); // one ARRAY parameter
    }

    @Override
    public Optional<Incident> find(String id) {
        return Jdbc.inTransaction(dataSource, "MakeGood could not read the incident.",
                c -> read(c, Optional.of(id), true).stream().findFirst());
    }

    @Override
    public Optional<Stored> findStored(String id) {
        return Jdbc.inTransaction(dataSource, "MakeGood could not read the incident.", c -> {
            // The version is read before the rows: a save committed in between then looks like a change (the editor
            // reloads), never the other way round, where rows older than the version would overwrite newer ones.
            List<Long> version = query(c, "SELECT version FROM incidents WHERE id = ?", rs -> rs.getLong(1), id);
            return read(c, Optional.of(id), true).stream().findFirst()
                    .map(i -> new Stored(i, version.isEmpty() ? 0 : version.get(0)));
        });
    }

    @Override
    public long saveIfUnchanged(Incident incident, long readVersion) {
        return Jdbc.inTransaction(dataSource, "MakeGood could not save " + which(incident) + ".", c -> {
            // FOR UPDATE: a second writer waits here until the first commits, then sees its version.
            List<Long> stored = query(c, "SELECT version FROM incidents WHERE id = ? FOR UPDATE",
                    rs -> rs.getLong(1), incident.id());
            if (!stored.isEmpty() && stored.get(0) != readVersion) {
                throw new IncidentChangedException();
            }
            write(c, incident);
            return stored.isEmpty() ? 1 : readVersion + 1;
        });
    }

    @Override
    public List<Incident> findAllWithoutEvidenceContents() {
        return Jdbc.inTransaction(dataSource, "MakeGood could not read the incidents.",
                c -> read(c, Optional.empty(), false));
    }

    @Override
    public void save(Incident incident) {
        Jdbc.inTransaction(dataSource, "MakeGood could not save " + which(incident) + ".", c -> {
            write(c, incident);
            return null;
        });
    }

    private static String which(Incident incident) {
        return incident.title().isBlank() ? "the incident" : "the incident \"" + Text.quoted(incident.title()) + "\"";
    }

    @Override
    public void saveAll(Collection<Incident> incidents) {
        Jdbc.inTransaction(dataSource, "MakeGood could not save the incidents; nothing was changed.", c -> {
            for (Incident incident : incidents) {
                write(c, incident);
            }
            return null;
        });
    }

    @Override
    public Imported importAll(List<Incident> incidents) {
        return Jdbc.inTransaction(dataSource, "MakeGood could not import the incidents; nothing was changed.", c -> {
            List<IdsTakenException.Taken> taken = takenIds(c, incidents);
            if (!taken.isEmpty()) {
                throw new IdsTakenException(taken);
            }
            int replaced = query(c, "SELECT id FROM incidents WHERE id = ANY(?)", rs -> rs.getString(1),
                    (Object) incidents.stream().map(Incident::id).toArray(String[]::new)).size();
            for (Incident incident : incidents) {
                write(c, incident);
            }
            return new Imported(incidents.size() - replaced, replaced);
        });
    }

    /** Where one child id of the file is stored: under which incident. */
    private record Owner(String id, String incidentId, String title) {
    }

    /**
     * Ids of the file's customers, updates, actions and attachments that are stored under another incident.
     * Saving them would move the row (MERGE by id) or fail on its key, so they are refused first, by name.
     */
    private static List<IdsTakenException.Taken> takenIds(Connection c, List<Incident> incidents) throws SQLException {
        List<IdsTakenException.Taken> taken = new ArrayList<>();
        Map<String, Integer> byIncident = new HashMap<>();
        for (int n = 0; n < incidents.size(); n++) {
            byIncident.put(incidents.get(n).id(), n);
        }
        checkOwners(c, incidents, byIncident, taken, "customer", "affected_customers x",
                i -> i.customers().stream().map(AffectedCustomer::id));
        checkOwners(c, incidents, byIncident, taken, "status update", "status_updates x",
                i -> i.updates().stream().map(StatusUpdate::id));
        checkOwners(c, incidents, byIncident, taken, "corrective action", "corrective_actions x",
                i -> i.actions().stream().map(CorrectiveAction::id));
        checkOwners(c, incidents, byIncident, taken, "attachment",
                "attachments f JOIN corrective_actions x ON x.id = f.action_id",
                i -> i.actions().stream().flatMap(a -> a.attachments().stream()).map(Attachment::id));
        taken.sort(java.util.Comparator.comparingInt(IdsTakenException.Taken::importedIndex)); // file order
        return taken;
    }

    private static void checkOwners(Connection c, List<Incident> incidents, Map<String, Integer> byIncident,
                                    List<IdsTakenException.Taken> taken, String kind, String from,
                                    java.util.function.Function<Incident, java.util.stream.Stream<String>> ids)
            throws SQLException {
        Map<String, Integer> wanted = new HashMap<>();
        for (Incident i : incidents) {
            ids.apply(i).forEach(id -> wanted.put(id, byIncident.get(i.id())));
        }
        if (wanted.isEmpty()) {
            return;
        }
        String idColumn = from.startsWith("attachments") ? "f.id" : "x.id";
        for (Owner o : query(c, "SELECT " + idColumn + ", x.incident_id, i.title FROM " + from
                        + " JOIN incidents i ON i.id = x.incident_id WHERE " + idColumn + " = ANY(?) ORDER BY 1",
                rs -> new Owner(rs.getString(1), rs.getString(2), rs.getString(3)),
                (Object) wanted.keySet().toArray(String[]::new))) {
            int n = wanted.get(o.id());
            Incident importing = incidents.get(n);
            if (!o.incidentId().equals(importing.id())) {
                taken.add(new IdsTakenException.Taken(kind, o.id(), importing.title(), n, o.title()));
            }
        }
    }

    @Override
    public void delete(String id) {
        Jdbc.inTransaction(dataSource, "MakeGood could not delete the incident.",
                c -> update(c, "DELETE FROM incidents WHERE id = ?", id));
    }

    @Override
    public Map<String, Integer> otherIncidentsByEmail(String incidentId) {
        return Jdbc.inTransaction(dataSource, "MakeGood could not look up earlier incidents.", c -> {
            Map<String, Integer> out = new HashMap<>();
            query(c, """
                    SELECT a.email_key, COUNT(DISTINCT b.incident_id)
                    FROM affected_customers a
                    JOIN affected_customers b ON b.email_key = a.email_key AND b.incident_id <> a.incident_id
                    WHERE a.incident_id = ? AND a.email_key <> ''
                    GROUP BY a.email_key""", rs -> out.put(rs.getString(1), rs.getInt(2)), incidentId);
            return out;
        });
    }

    private void write(Connection c, Incident i) throws SQLException {
        String id = i.id();
        update(c, dialect.sql(MERGE_INCIDENT), id, i.title(), i.category(), i.severity(), i.status(), i.happenedAt(),
                i.discoveredAt(), i.discoveredBy(), i.firstNoticeAt(), i.admit(), i.thank(), i.explain(),
                i.problem(), i.followUpDue(), i.createdAt(), i.nextUpdateDue(), i.firstNoticeHow(),
                i.milestones().restoredAt(), i.milestones().resolvedAt(),
                i.milestones().approximate().stream().map(Enum::name).collect(Collectors.joining(",")),
                i.milestones().zone().map(ZoneId::getId));
        update(c, "UPDATE incidents SET public_text = ? WHERE id = ?", i.publicText(), id);
        update(c, "UPDATE incidents SET version = version + 1 WHERE id = ?", id); // every save, any path (issue 19)

        for (String table : List.of("affected_customers", "status_updates", "why_steps", "dismissed_findings")) {
            update(c, "DELETE FROM " + table + " WHERE incident_id = ?", id);
        }
        batch(c, INSERT_CUSTOMER, rows(i.customers(), (cu, p) -> new Object[]{cu.id(), id, p, cu.name(),
                cu.email(), cu.expected(), cu.expectedValue(), cu.offerKind(), cu.offerAmount(), cu.offerNote(),
                cu.offerState(), cu.salutation(), cu.reference(), cu.notes(),
                cu.futureValue().map(FutureValueInputs::averageOrderValue),
                cu.futureValue().map(FutureValueInputs::ordersPerYear),
                cu.futureValue().map(FutureValueInputs::expectedYears),
                cu.futureValue().map(FutureValueInputs::margin), cu.expectedPeriod(), cu.offerPeriod(),
                cu.offerPeriods()}));
        batch(c, INSERT_UPDATE, rows(i.updates(), (u, p) -> new Object[]{u.id(), id, p, u.writtenAt(), u.text(),
                u.sent(), u.channel()}));
        batch(c, INSERT_WHY, rows(i.whys(), (w, p) -> new Object[]{id, p, w.question(), w.answer(), w.rootCause()}));
        batch(c, "INSERT INTO dismissed_findings (incident_id, finding_key) VALUES (?, ?)",
                rows(i.dismissedFindings(), (key, p) -> new Object[]{id, key}));

        batch(c, dialect.sql(MERGE_ACTION), rows(i.actions(), (a, p) -> new Object[]{a.id(), id, p, a.description(),
                a.owner(), a.due(), a.status(), a.evidenceNote(), a.doneOn(), a.droppedReason(), a.type(), a.priority(),
                a.evidenceForCustomers()}));
        writeAttachments(c, i);
        update(c, "DELETE FROM corrective_actions WHERE incident_id = ? AND NOT (id = ANY(?))", id,
                i.actions().stream().map(CorrectiveAction::id).toArray(String[]::new));
        PostmortemNotesRows.write(c, i);
    }

    /** Where a stored attachment sits: which action, which place in its list. */
    private record Placement(String actionId, int position) {
    }

    private record Placed(String id, Placement placement) {
    }

    private record Owned(String actionId, Attachment attachment) {
    }

    private record Child<T>(String incidentId, T value) {
    }

    /**
     * Inserts attachments not stored yet, moves those whose action or position changed and deletes the
     * ones no longer referenced. An attachment's bytes never change under the same id, so they are never rewritten.
     */
    private static void writeAttachments(Connection c, Incident i) throws SQLException {
        Map<String, Placement> stored = new HashMap<>();
        for (Placed f : query(c, "SELECT f.id, f.action_id, f.position" + ATTACHMENTS_OF_INCIDENT,
                rs -> new Placed(rs.getString(1), new Placement(rs.getString(2), rs.getInt(3))), i.id())) {
            stored.put(f.id(), f.placement());
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> moves = new ArrayList<>();
        for (CorrectiveAction a : i.actions()) {
            for (int p = 0; p < a.attachments().size(); p++) {
                Attachment f = a.attachments().get(p);
                Placement had = stored.remove(f.id());
                if (had == null) {
                    inserts.add(new Object[]{f.id(), a.id(), p, f.fileName(), f.content(), f.size()});
                } else if (!had.equals(new Placement(a.id(), p))) {
                    moves.add(new Object[]{a.id(), p, f.id()});
                }
            }
        }
        batch(c, INSERT_ATTACHMENT, inserts);
        batch(c, "UPDATE attachments SET action_id = ?, position = ? WHERE id = ?", moves);
        batch(c, "DELETE FROM attachments WHERE id = ?", stored.keySet().stream().map(id -> new Object[]{id}).toList());
    }

    static <T> List<Object[]> rows(List<T> items, BiFunction<T, Integer, Object[]> row) {
        List<Object[]> out = new ArrayList<>(items.size());
        for (int p = 0; p < items.size(); p++) {
            out.add(row.apply(items.get(p), p));
        }
        return out;
    }

    /**
     * Reads incidents with every child row: one query per table, whichever the number of incidents, grouped by
     * incident id here. {@code only} narrows it to one incident; otherwise all come newest first, as in the list.
     */
    private static List<Incident> read(Connection c, Optional<String> only, boolean evidenceContents)
            throws SQLException {
        String where = where(only, "incident_id");
        Object[] id = only.stream().toArray();
        Map<String, List<AffectedCustomer>> customers = byIncident(c,
                "SELECT * FROM affected_customers" + where + " ORDER BY incident_id, position",
                rs -> new AffectedCustomer(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("expected"),
                        Optional.ofNullable(rs.getBigDecimal("expected_value")),
                        enumValue(rs, "offer_kind", OfferKind.class),
                        Optional.ofNullable(rs.getBigDecimal("offer_amount")),
                        rs.getString("offer_note"),
                        enumValue(rs, "offer_state", OfferState.class),
                        rs.getString("salutation"),
                        rs.getString("reference"),
                        rs.getString("notes"),
                        futureValue(rs),
                        enumValue(rs, "expected_period", PricePeriod.class),
                        enumValue(rs, "offer_period", PricePeriod.class),
                        rs.getInt("offer_periods")), id);
        Map<String, List<StatusUpdate>> updates = byIncident(c,
                "SELECT * FROM status_updates" + where + " ORDER BY incident_id, position", rs -> new StatusUpdate(
                        rs.getString("id"),
                        instant(rs, "written_at").orElseThrow(),
                        rs.getString("text"),
                        rs.getBoolean("sent"),
                        rs.getString("channel")), id);
        Map<String, List<WhyStep>> whys = byIncident(c,
                "SELECT * FROM why_steps" + where + " ORDER BY incident_id, position", rs -> new WhyStep(
                        rs.getString("question"),
                        rs.getString("answer"),
                        rs.getBoolean("root_cause")), id);
        Map<String, List<CorrectiveAction>> actions = readActions(c, only, evidenceContents);
        Map<String, List<String>> dismissed = byIncident(c,
                "SELECT incident_id, finding_key FROM dismissed_findings" + where, rs -> rs.getString(2), id);
        Map<String, PostmortemNotes> notes = PostmortemNotesRows.read(c, only);
        return query(c, "SELECT * FROM incidents" + where(only, "id") + " ORDER BY created_at DESC, id", rs -> {
            String incident = rs.getString("id");
            return new Incident(
                    incident,
                    rs.getString("title"),
                    enumValue(rs, "category", Category.class),
                    enumValue(rs, "severity", Severity.class),
                    enumValue(rs, "status", IncidentStatus.class),
                    instant(rs, "happened_at"),
                    instant(rs, "discovered_at"),
                    enumValue(rs, "discovered_by", Discoverer.class),
                    instant(rs, "first_notice_at"),
                    rs.getString("admit"),
                    rs.getString("thank"),
                    rs.getString("explain"),
                    updates.getOrDefault(incident, List.of()),
                    customers.getOrDefault(incident, List.of()),
                    rs.getString("problem"),
                    whys.getOrDefault(incident, List.of()),
                    actions.getOrDefault(incident, List.of()),
                    date(rs, "follow_up_due"),
                    instant(rs, "created_at").orElseThrow(),
                    dismissed.getOrDefault(incident, List.of()),
                    instant(rs, "next_update_due"),
                    Optional.ofNullable(rs.getString("first_notice_how")).map(NoticeChannel::valueOf),
                    notes.getOrDefault(incident, PostmortemNotes.EMPTY),
                    milestones(rs),
                    rs.getString("public_text"));
        }, id);
    }

    /** The restored and resolved times, the estimates and the zone, from an incidents row. */
    private static Milestones milestones(ResultSet rs) throws SQLException {
        Set<Moment> approximate = Arrays.stream(rs.getString("approximate_times").split(","))
                .filter(name -> !name.isBlank()).map(Moment::valueOf).collect(Collectors.toSet());
        return new Milestones(instant(rs, "restored_at"), instant(rs, "resolved_at"), approximate,
                Optional.ofNullable(rs.getString("time_zone")).map(ZoneId::of));
    }

    /** A customer's own future-value figures: all four columns are set, or none is. */
    private static Optional<FutureValueInputs> futureValue(ResultSet rs) throws SQLException {
        BigDecimal orderValue = rs.getBigDecimal("average_order_value");
        return orderValue == null ? Optional.empty() : Optional.of(new FutureValueInputs(orderValue,
                rs.getBigDecimal("orders_per_year"), rs.getBigDecimal("expected_years"), rs.getBigDecimal("margin")));
    }

    /** Per incident, its actions in order, each with its attachments (their bytes only when asked for). */
    private static Map<String, List<CorrectiveAction>> readActions(Connection c, Optional<String> only,
                                                                   boolean evidenceContents) throws SQLException {
        Object[] id = only.stream().toArray();
        Map<String, List<Attachment>> attachments = new HashMap<>();
        for (Owned f : query(c, "SELECT f.action_id, f.id, f.file_name" + (evidenceContents ? ", f.content" : "")
                + ATTACHMENTS + where(only, "a.incident_id") + " ORDER BY f.action_id, f.position",
                rs -> new Owned(rs.getString(1), new Attachment(rs.getString(2), rs.getString(3),
                        evidenceContents ? rs.getBytes(4) : NO_CONTENT)), id)) {
            attachments.computeIfAbsent(f.actionId(), k -> new ArrayList<>()).add(f.attachment());
        }
        return byIncident(c, "SELECT * FROM corrective_actions" + where(only, "incident_id")
                        + " ORDER BY incident_id, position",
                rs -> new CorrectiveAction(
                        rs.getString("id"),
                        rs.getString("description"),
                        rs.getString("owner"),
                        date(rs, "due"),
                        enumValue(rs, "status", ActionStatus.class),
                        rs.getString("evidence_note"),
                        attachments.getOrDefault(rs.getString("id"), List.of()),
                        date(rs, "done_on"),
                        rs.getString("dropped_reason"),
                        enumValue(rs, "action_type", ActionType.class),
                        Optional.ofNullable(rs.getString("priority")).map(ActionPriority::valueOf),
                        rs.getBoolean("evidence_for_customers")), id);
    }

    /** Narrows a query to one incident by {@code column}, or to none. */
    static String where(Optional<String> only, String column) {
        return only.isEmpty() ? "" : " WHERE " + column + " = ?";
    }

    /** Rows of a child table, per incident id (the {@code incident_id} column), in the order the query gives. */
    static <T> Map<String, List<T>> byIncident(Connection c, String sql, Jdbc.RowReader<T> reader,
                                                       Object... values) throws SQLException {
        Map<String, List<T>> out = new HashMap<>();
        for (Child<T> row : query(c, sql, rs -> new Child<>(rs.getString("incident_id"), reader.read(rs)), values)) {
            out.computeIfAbsent(row.incidentId(), k -> new ArrayList<>()).add(row.value());
        }
        return out;
    }
}
