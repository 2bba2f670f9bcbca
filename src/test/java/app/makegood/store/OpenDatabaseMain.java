package app.makegood.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the database in the folder given, as a second MakeGood process would, and prints what happened.
 * With {@code --hold} it keeps the database open until its standard input closes, as a running copy does.
 */
public final class OpenDatabaseMain {
    private OpenDatabaseMain() {
    }

    public static void main(String[] args) throws IOException {
        try (Database ignored = Database.open(Path.of(args[0]))) {
            System.out.println("opened");
            System.out.flush();
            if (args.length > 1 && args[1].equals("--hold")) {
                System.in.readAllBytes();
            }
        } catch (StoreException e) {
            System.out.println(e);
        }
    }
}
