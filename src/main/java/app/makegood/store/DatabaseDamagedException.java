package app.makegood.store;

import java.nio.file.Path;

/** The database file is there but cannot be read: damaged by a disk fault, a bad copy or another program. */
public class DatabaseDamagedException extends StoreException {
    public DatabaseDamagedException(Path dataDir, Throwable cause) {
        this(dataDir, null, cause);
    }

    private final String how;

    /** @param how what is wrong with it, in a few plain words ("it is empty (0 bytes)"), or null */
    public DatabaseDamagedException(Path dataDir, String how, Throwable cause) {
        super("MakeGood cannot read its database in " + dataDir + ": the file is damaged"
                + (how == null ? "." : ": " + how + "."), cause);
        this.how = how;
    }

    /** What is wrong with the file, in a few plain words, when it is known ("it is cut short"). */
    public java.util.Optional<String> how() {
        return java.util.Optional.ofNullable(how);
    }
}
