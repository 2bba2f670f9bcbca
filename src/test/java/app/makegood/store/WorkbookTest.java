package app.makegood.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A store test on one workbook: the H2 file in {@link #dataDir}; PostgresStoreTest runs the same tests on PostgreSQL. */
abstract class WorkbookTest {
    @TempDir
    Path dataDir;

    /** The workbook under test. */
    Database workbook() {
        return Database.open(dataDir);
    }
}
