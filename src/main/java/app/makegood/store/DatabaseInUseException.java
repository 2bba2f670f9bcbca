package app.makegood.store;

import java.nio.file.Path;

/** Another MakeGood (another process) holds the database file open. */
public class DatabaseInUseException extends StoreException {
    public DatabaseInUseException(Path dataDir, Throwable cause) {
        super("MakeGood is already open on this data folder (" + dataDir + "). "
                + "Close the other MakeGood window, or start with --data-dir to use another folder.", cause);
    }
}
