package app.makegood.store;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SQL engines a workbook lives in: H2 (the owner's own file) and PostgreSQL (a shared team workbook, issue 19).
 * The statements are written once, in H2's spelling; the few that PostgreSQL spells differently are translated here.
 */
enum Dialect {
    H2("classpath:db/h2"),
    POSTGRESQL("classpath:db/postgresql");

    /** H2's upsert, the only H2-only statement the repositories use: MERGE INTO t (columns) KEY (keys) VALUES (...). */
    private static final Pattern H2_MERGE = Pattern.compile(
            "\\s*MERGE INTO (\\w+)\\s*\\(([^)]*)\\)\\s*KEY\\s*\\(([^)]*)\\)\\s*(VALUES\\s*\\(.*\\))\\s*", Pattern.DOTALL);

    private final String ownMigrations;

    Dialect(String ownMigrations) {
        this.ownMigrations = ownMigrations;
    }

    /**
     * Where Flyway finds this engine's migrations: db/migration holds those both engines run as written; db/h2 and
     * db/postgresql hold each engine's spelling of the rest (same version, same description). The H2 files were
     * moved there unchanged, so the checksums of migrations already applied to owners' files stay the same.
     */
    String[] migrationLocations() {
        return new String[]{"classpath:db/migration", ownMigrations};
    }

    /** {@code sql} as this engine needs it: H2's MERGE ... KEY becomes INSERT ... ON CONFLICT on PostgreSQL. */
    String sql(String sql) {
        if (this == H2) {
            return sql;
        }
        Matcher merge = H2_MERGE.matcher(sql);
        if (!merge.matches()) {
            return sql;
        }
        String keys = merge.group(3).trim();
        java.util.Set<String> keySet = Arrays.stream(keys.split(",")).map(String::trim).collect(Collectors.toSet());
        String updates = Arrays.stream(merge.group(2).split(",")).map(String::trim)
                .filter(column -> !keySet.contains(column))
                .map(column -> column + " = EXCLUDED." + column)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + merge.group(1) + " (" + merge.group(2) + ") " + merge.group(4)
                + " ON CONFLICT (" + keys + ") " + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updates);
    }
}
