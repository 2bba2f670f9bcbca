package app.makegood.store;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.makegood.store.Jdbc.batch;
import static app.makegood.store.Jdbc.query;

/** Settings in the {@code settings} table of the workbook's database. */
public final class JdbcSettingsRepository implements SettingsRepository {
    private final DataSource dataSource;
    private final Dialect dialect;

    public JdbcSettingsRepository(Database database) {
        this.dataSource = database.dataSource();
        this.dialect = database.dialect();
    }

    @Override
    public Map<String, String> all() {
        return Jdbc.inTransaction(dataSource, "MakeGood could not read your settings.", c -> {
            Map<String, String> out = new LinkedHashMap<>();
            query(c, "SELECT setting_key, setting_value FROM settings ORDER BY setting_key",
                    rs -> out.put(rs.getString(1), rs.getString(2)));
            return out;
        });
    }

    @Override
    public void putAll(Map<String, String> values) {
        Jdbc.inTransaction(dataSource, "MakeGood could not save your settings.", c -> {
            List<Object[]> rows = values.entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue()}).toList();
            batch(c, dialect.sql("MERGE INTO settings (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)"), rows);
            return null;
        });
    }
}
