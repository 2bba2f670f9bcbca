package app.makegood.store;

import java.nio.file.Path;

/** The database file is there but cannot be read: damaged by a disk fault, a bad copy or another program. */
public class DatabaseDamagedException extends StoreException {
    public DatabaseDamagedException(Path dataDir, Throwable cause) {
        super("MakeGood cannot read its database in " + dataDir + ": the file is damaged.", cause);
    }
}
