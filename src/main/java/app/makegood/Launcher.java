package app.makegood;

import app.makegood.cli.CheckCommand;
import app.makegood.language.LanguageToolGrammar;
import app.makegood.cli.CommandLine;
import app.makegood.cli.PassphraseSource;
import app.makegood.store.DataDirectory;
import javafx.application.Application;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point. A plain class (not an Application) so the fat jar runs with JavaFX on the classpath.
 * With a command as first argument it works on the command line; otherwise it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppLogging.silenceTerminal(); // from the first line: not even JavaFX's start-up warnings reach the terminal
        String[] rest;
        Path dataDir;
        try {
            rest = StartupProbe.withoutOptions(DataDirectory.withoutDataDirOption(args));
            dataDir = DataDirectory.resolve(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(CommandLine.USER_ERROR);
            return;
        }
        if (rest.length == 0) {
            Application.launch(App.class, args);
            return;
        }
        if ("check".equals(rest[0])) {
            System.exit(CheckCommand.run(Arrays.copyOfRange(rest, 1, rest.length), System.in, System.out, System.err,
                    LanguageToolGrammar::shared));
            return;
        }
        AppLogging.start(dataDir); // what went wrong in detail goes to the data folder's log file, not the terminal
        int code = CommandLine.run(rest, dataDir, System.out, System.err, PassphraseSource.terminalOr(System.in));
        System.exit(code);
    }
}
