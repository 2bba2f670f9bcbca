package app.makegood;

import app.makegood.cli.CheckCommand;
import app.makegood.cli.CommandLine;
import app.makegood.store.DataDirectory;
import javafx.application.Application;

import java.util.Arrays;

/**
 * Entry point. A plain class (not an Application) so the fat jar runs with JavaFX on the classpath.
 * With a command as first argument it works on the command line; otherwise it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        String[] rest = DataDirectory.withoutDataDirOption(args);
        if (rest.length == 0) {
            Application.launch(App.class, args);
            return;
        }
        int code = "check".equals(rest[0])
                ? CheckCommand.run(Arrays.copyOfRange(rest, 1, rest.length), System.in, System.out, System.err)
                : CommandLine.run(rest, DataDirectory.resolve(args, System.getenv()), System.out, System.err);
        System.exit(code);
    }
}
