package app.makegood.store;

import java.nio.file.Path;

/** Opens the database in the folder given, as a second MakeGood process would, and prints what happened. */
public final class OpenDatabaseMain {
    private OpenDatabaseMain() {
    }

    public static void main(String[] args) {
        try (Database ignored = Database.open(Path.of(args[0]))) {
            System.out.println("opened");
        } catch (StoreException e) {
            System.out.println(e);
        }
    }
}
