package app.makegood.store;

import app.makegood.domain.IncidentSummary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole database, as an export or the app would: H2 opens a file with damaged pages without complaint and
 * fails only when one of them is read, so a backup is trusted only once every part of it has been read.
 */
final class FullRead {
    private FullRead() {
    }

    /**
     * Reads every row of every table with every value in full (large values included), then every incident with
     * its evidence, letters and outbox messages, the business profile and the settings through the repositories.
     *
     * @throws StoreException (or another runtime exception) naming nothing in particular: some part is unreadable
     */
    static void everything(Database database) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : tables(s)) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            drain(rs.getObject(i));
                        }
                    }
                }
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("Part of the database cannot be read.", e);
        }
        JdbcIncidentRepository incidents = new JdbcIncidentRepository(database);
        JdbcLetterLog letters = new JdbcLetterLog(database);
        JdbcOutbox outbox = new JdbcOutbox(database);
        for (IncidentSummary summary : incidents.list()) {
            incidents.find(summary.id()).orElseThrow(() -> new StoreException("An incident cannot be read.", null));
            letters.forIncident(summary.id());
            outbox.forIncident(summary.id());
        }
        letters.byIncident();
        outbox.pending();
        new JdbcProfileRepository(database).load();
        new JdbcSettingsRepository(database).all();
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Reads a large value to its end: H2 keeps those apart from the row, so they can be damaged on their own. */
    private static void drain(Object value) throws SQLException, IOException {
        if (value instanceof Blob blob) {
            try (InputStream in = blob.getBinaryStream()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } else if (value instanceof Clob clob) {
            try (Reader in = clob.getCharacterStream()) {
                char[] buffer = new char[8192];
                while (in.read(buffer) >= 0) {
                    // read and forget
                }
            }
        }
    }

}
