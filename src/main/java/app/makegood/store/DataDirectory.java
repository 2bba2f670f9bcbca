package app.makegood.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where the database lives: {@code --data-dir DIR}, else {@code MAKEGOOD_DATA_DIR}, else the usual per-user place. */
public final class DataDirectory {
    public static final String OPTION = "--data-dir";
    public static final String ENV = "MAKEGOOD_DATA_DIR";

    private DataDirectory() {
    }

    public static Path resolve(String[] args, Map<String, String> env) {
        return resolve(args, env, System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String[] args, Map<String, String> env, String osName, Path home) {
        int i = Arrays.asList(args).indexOf(OPTION);
        if (i >= 0) {
            if (i + 1 >= args.length || args[i + 1].isBlank()) {
                throw new IllegalArgumentException(OPTION + " needs a folder, for example: " + OPTION + " ~/makegood-test");
            }
            return Path.of(args[i + 1]);
        }
        if (isSet(env.get(ENV))) {
            return Path.of(env.get(ENV));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("MakeGood");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("MakeGood");
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("makegood");
        }
        return home.resolve(".local").resolve("share").resolve("makegood");
    }

    /** The arguments without {@code --data-dir DIR}, for whoever parses the rest. */
    public static String[] withoutDataDirOption(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int i = rest.indexOf(OPTION);
        if (i >= 0) {
            rest.subList(i, Math.min(i + 2, rest.size())).clear();
        }
        return rest.toArray(String[]::new);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
