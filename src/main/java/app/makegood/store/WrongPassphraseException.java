package app.makegood.store;

import java.nio.file.Path;

/** The passphrase given does not decrypt the database file, or the file is damaged (H2 cannot tell which). */
public class WrongPassphraseException extends StoreException {
    public WrongPassphraseException(Path dataDir, Throwable cause) {
        super("That passphrase does not open this database. If you are sure it is right, the file may be damaged.",
                cause);
    }
}
