package app.makegood.store;

import app.makegood.domain.ContributingFactor;
import app.makegood.domain.Incident;
import app.makegood.domain.PostmortemNotes;
import app.makegood.domain.SupportingLink;
import app.makegood.domain.WhyStep;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.makegood.store.Jdbc.batch;
import static app.makegood.store.Jdbc.query;
import static app.makegood.store.Jdbc.update;
import static app.makegood.store.JdbcIncidentRepository.byIncident;
import static app.makegood.store.JdbcIncidentRepository.rows;
import static app.makegood.store.JdbcIncidentRepository.where;

/**
 * The postmortem notes' rows (V12): rewritten with the incident on every save, like the five whys, and read for
 * many incidents at once with one query per table.
 */
final class PostmortemNotesRows {
    private static final String INSERT_NOTES = """
            INSERT INTO postmortem_notes (incident_id, trigger_text, impact, people_affected, money_lost, went_well,
                                          went_wrong, got_lucky, lessons)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_WHY = """
            INSERT INTO factor_whys (incident_id, factor_position, position, question, answer, root_cause)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private PostmortemNotesRows() {
    }

    static void write(Connection c, Incident i) throws SQLException {
        String id = i.id();
        // Factor whys go with their factor (ON DELETE CASCADE).
        for (String table : List.of("postmortem_notes", "contributing_factors", "supporting_links")) {
            update(c, "DELETE FROM " + table + " WHERE incident_id = ?", id);
        }
        PostmortemNotes n = i.postmortemNotes();
        if (n.equals(PostmortemNotes.EMPTY)) {
            return;
        }
        update(c, INSERT_NOTES, id, n.trigger(), n.impact(), n.peopleAffected(), n.moneyLost(), n.wentWell(),
                n.wentWrong(), n.gotLucky(), n.lessons());
        batch(c, "INSERT INTO contributing_factors (incident_id, position, factor) VALUES (?, ?, ?)",
                rows(n.factors(), (f, p) -> new Object[]{id, p, f.factor()}));
        List<Object[]> whys = new ArrayList<>();
        for (int f = 0; f < n.factors().size(); f++) {
            int factor = f;
            whys.addAll(rows(n.factors().get(f).whys(), (w, p) -> new Object[]{id, factor, p, w.question(),
                    w.answer(), w.rootCause()}));
        }
        batch(c, INSERT_WHY, whys);
        batch(c, "INSERT INTO supporting_links (incident_id, position, label, url) VALUES (?, ?, ?, ?)",
                rows(n.links(), (l, p) -> new Object[]{id, p, l.label(), l.url()}));
    }

    /** The texts and figures of one notes row, before its factors and links are added. */
    private record Texts(String trigger, String impact, Optional<Long> people, Optional<java.math.BigDecimal> money,
                         String wentWell, String wentWrong, String gotLucky, String lessons) {
    }

    private record FactorWhy(int factor, WhyStep why) {
    }

    /** Per incident id, its notes; incidents without any are not in the map. */
    static Map<String, PostmortemNotes> read(Connection c, Optional<String> only) throws SQLException {
        String where = where(only, "incident_id");
        Object[] id = only.stream().toArray();
        Map<String, List<Texts>> texts = byIncident(c, "SELECT * FROM postmortem_notes" + where,
                PostmortemNotesRows::texts, id);
        Map<String, List<FactorWhy>> whys = byIncident(c, "SELECT * FROM factor_whys" + where
                + " ORDER BY incident_id, factor_position, position", rs -> new FactorWhy(rs.getInt("factor_position"),
                new WhyStep(rs.getString("question"), rs.getString("answer"), rs.getBoolean("root_cause"))), id);
        Map<String, List<String>> factors = byIncident(c, "SELECT * FROM contributing_factors" + where
                + " ORDER BY incident_id, position", rs -> rs.getString("factor"), id);
        Map<String, List<SupportingLink>> links = byIncident(c, "SELECT * FROM supporting_links" + where
                + " ORDER BY incident_id, position", rs -> new SupportingLink(rs.getString("label"), rs.getString("url")),
                id);
        Map<String, PostmortemNotes> out = new HashMap<>();
        for (String incident : texts.keySet()) {
            Texts t = texts.get(incident).get(0);
            List<String> named = factors.getOrDefault(incident, List.of());
            List<ContributingFactor> withWhys = new ArrayList<>();
            for (int f = 0; f < named.size(); f++) {
                int factor = f;
                withWhys.add(new ContributingFactor(named.get(f), whys.getOrDefault(incident, List.of()).stream()
                        .filter(w -> w.factor() == factor).map(FactorWhy::why).toList()));
            }
            out.put(incident, new PostmortemNotes(t.trigger(), withWhys, t.impact(), t.people(), t.money(),
                    t.wentWell(), t.wentWrong(), t.gotLucky(), t.lessons(), links.getOrDefault(incident, List.of())));
        }
        return out;
    }

    private static Texts texts(ResultSet rs) throws SQLException {
        long count = rs.getLong("people_affected");
        Optional<Long> people = rs.wasNull() ? Optional.empty() : Optional.of(count);
        return new Texts(rs.getString("trigger_text"), rs.getString("impact"), people,
                Optional.ofNullable(rs.getBigDecimal("money_lost")), rs.getString("went_well"),
                rs.getString("went_wrong"), rs.getString("got_lucky"), rs.getString("lessons"));
    }
}
