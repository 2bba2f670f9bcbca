package app.makegood.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Opens the database in the folder given, as a second MakeGood process would, and prints what happened.
 * With {@code --hold} it keeps the database open until its standard input closes, as a running copy does.
 */
public final class OpenDatabaseMain {
    private OpenDatabaseMain() {
    }

    /**
     * Starts a process that holds the database in {@code dataDir} open, as a running MakeGood does, and returns once
     * it has it. Closing the process's standard input lets it go.
     */
    public static Process holdInAnotherProcess(Path dataDir) throws IOException {
        Database.open(dataDir).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenDatabaseMain.class.getName(), dataDir.toString(),
                "--hold").redirectErrorStream(true).start();
        String first = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (!"opened".equals(first)) {
            throw new IllegalStateException("The holder did not open the database: " + first);
        }
        return holder;
    }

    /** Lets the folder go and waits for the holder to end. */
    public static void release(Process holder) throws IOException, InterruptedException {
        holder.getOutputStream().close(); // the holder closes the database when its input ends
        holder.waitFor();
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
