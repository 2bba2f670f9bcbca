package app.makegood.store;

import java.nio.file.Path;

/** The passphrase given does not decrypt the database file. */
public class WrongPassphraseException extends StoreException {
    public WrongPassphraseException(Path dataDir, Throwable cause) {
        super("That passphrase does not open this database.", cause);
    }
}
