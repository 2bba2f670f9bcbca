package app.makegood.store;

import java.nio.file.Path;

/** A newer MakeGood has updated the database to a schema this version does not know. */
public class DatabaseTooNewException extends StoreException {
    public DatabaseTooNewException(Path dataDir, String version) {
        super("The database in " + dataDir + " was last used by a newer MakeGood (database version " + version
                + "). Update MakeGood to open it; this version will not change it.", null);
    }
}
