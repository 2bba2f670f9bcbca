package app.makegood.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several command lines in one JVM, as many separate {@code makegood} runs would (a JVM start is slow):
 * {@code DATA_DIR command args... ; command args... ;} Prints "exit N" after each.
 */
public final class CommandsMain {
    private CommandsMain() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        List<String> command = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            if (arg.equals(";")) {
                int code = CommandLine.run(command.toArray(String[]::new), dataDir, System.out, System.err);
                System.out.println("exit " + code);
                command.clear();
            } else {
                command.add(arg);
            }
        }
    }
}
