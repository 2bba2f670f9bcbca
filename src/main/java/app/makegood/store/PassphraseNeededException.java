package app.makegood.store;

import java.nio.file.Path;

/** The database file is encrypted and was opened without a passphrase. */
public class PassphraseNeededException extends StoreException {
    public PassphraseNeededException(Path dataDir) {
        super("The database in " + dataDir + " is encrypted. Enter its passphrase to open it.", null);
    }
}
