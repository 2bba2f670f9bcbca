package app.makegood.store;

import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.makegood.store.Jdbc.enumValue;
import static app.makegood.store.Jdbc.instant;
import static app.makegood.store.Jdbc.query;
import static app.makegood.store.Jdbc.update;

/** Letter records in the {@code letters} table; they go when their incident is deleted. */
public final class JdbcLetterLog implements LetterLog {
    private final DataSource dataSource;

    public JdbcLetterLog(Database database) {
        this.dataSource = database.dataSource();
    }

    @Override
    public void record(LetterRecord l) {
        Jdbc.inTransaction(dataSource, "MakeGood could not record the letter in the incident's history.", c -> update(c,
                "INSERT INTO letters (id, incident_id, customer_id, customer_name, kind, format, file_path, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                l.id(), l.incidentId(), l.customerId(), l.customerName(), l.kind(), l.format(), l.file(), l.at()));
    }

    @Override
    public List<LetterRecord> forIncident(String incidentId) {
        return Jdbc.inTransaction(dataSource, "MakeGood could not read the incident's letters.", c ->
                query(c, "SELECT * FROM letters WHERE incident_id = ? ORDER BY created_at, id", JdbcLetterLog::letter,
                        incidentId));
    }

    @Override
    public Map<String, List<LetterRecord>> byIncident() {
        return Jdbc.inTransaction(dataSource, "MakeGood could not read the letters.", c -> {
            Map<String, List<LetterRecord>> out = new HashMap<>();
            for (LetterRecord l : query(c, "SELECT * FROM letters ORDER BY created_at, id", JdbcLetterLog::letter)) {
                out.computeIfAbsent(l.incidentId(), k -> new ArrayList<>()).add(l);
            }
            return out;
        });
    }

    private static LetterRecord letter(ResultSet rs) throws SQLException {
        return new LetterRecord(rs.getString("id"), rs.getString("incident_id"), rs.getString("customer_id"),
                rs.getString("customer_name"), enumValue(rs, "kind", LetterKind.class),
                enumValue(rs, "format", LetterFormat.class), rs.getString("file_path"),
                instant(rs, "created_at").orElseThrow());
    }
}
