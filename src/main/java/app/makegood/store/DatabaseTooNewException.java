package app.makegood.store;

/** A newer MakeGood has updated the database to a schema this version does not know. */
public class DatabaseTooNewException extends StoreException {
    public DatabaseTooNewException(String where, String version) {
        super("The database in " + where + " was last used by a newer MakeGood (database version " + version
                + "). Update MakeGood to open it; this version will not change it.", null);
    }
}
