package app.makegood.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: transactions, parameter binding and column reading in the schema's conventions. */
final class Jdbc {
    private Jdbc() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction; any failure rolls it back and becomes a StoreException with {@code failure}. */
    static <T> T inTransaction(DataSource dataSource, String failure, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(failure, e);
        }
    }

    /**
     * Sets the parameters in order, translating domain values to their column form:
     * Optional is unwrapped (empty is NULL), Instant becomes a UTC timestamp, enums are stored by name.
     */
    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, column(values[i]));
        }
    }

    private static Object column(Object value) {
        Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
        if (v instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }

    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            return ps.executeUpdate();
        }
    }

    /** Runs {@code sql} once per row of parameters, as one JDBC batch. */
    static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> List<T> query(Connection c, String sql, RowReader<T> reader, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
                return out;
            }
        }
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, rs.getString(column));
    }
}
