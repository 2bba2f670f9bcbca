package app.makegood.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Where the command line gets the passphrase of an encrypted database; asked only when the file is encrypted. */
@FunctionalInterface
public interface PassphraseSource {
    /** Longest passphrase read from standard input; anything longer is not a passphrase. */
    int MAX_LENGTH = 1024;

    Optional<char[]> ask(Path dataDir);

    /** None: the command fails with a message saying how to give one. */
    PassphraseSource NONE = dataDir -> Optional.empty();

    /**
     * Asks on the terminal without echo; with no terminal (a script, a pipe) reads the first line of standard
     * input, as {@code sudo -S} does, so the passphrase need not appear in the command or the environment.
     */
    static PassphraseSource terminalOr(InputStream stdin) {
        return dataDir -> {
            Console console = System.console();
            if (console != null) {
                return Optional.ofNullable(console.readPassword("Passphrase for the MakeGood database in %s: ",
                        dataDir.toAbsolutePath()));
            }
            return firstLine(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        };
    }

    /** The first line, as characters only (no String copy left in memory); empty when there is none. */
    static Optional<char[]> firstLine(Reader in) {
        char[] line = new char[MAX_LENGTH];
        int n = 0;
        try {
            for (int c = in.read(); c >= 0 && c != '\n' && n < line.length; c = in.read()) {
                line[n++] = (char) c;
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        char[] passphrase = Arrays.copyOf(line, n);
        Arrays.fill(line, '\0');
        return n == 0 ? Optional.empty() : Optional.of(passphrase);
    }
}
