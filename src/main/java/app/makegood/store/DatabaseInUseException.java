package app.makegood.store;

import java.nio.file.Path;

/**
 * Another process holds the database file open: a MakeGood window, or a command-line run still working. The lock
 * does not say which, so the message names both.
 */
public class DatabaseInUseException extends StoreException {
    public DatabaseInUseException(Path dataDir, Throwable cause) {
        super("MakeGood is already open on this data folder (" + dataDir + "), in a window or in a command-line run "
                + "that has not finished. Close that window or let that command finish, then try again; or use "
                + "another folder with --data-dir.", cause);
    }
}
