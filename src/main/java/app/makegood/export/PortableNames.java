package app.makegood.export;

import app.makegood.domain.FileNames;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File names the running system can store. Under a plain-ASCII locale (LANG=C, usual under cron and in containers)
 * Java can only write ASCII names: there "Tomás" is written as "Tomas" instead of failing.
 */
public final class PortableNames {
    private PortableNames() {
    }

    /** {@code name} as it can be stored in {@code folder}, or {@code fallback} when nothing of it can. */
    public static String fit(Path folder, String name, String fallback) {
        String fitted = FileNames.fitted(name, cp -> encodable(folder, cp));
        return fitted.isEmpty() ? fallback : fitted;
    }

    private static boolean encodable(Path folder, int codePoint) {
        try {
            folder.getFileSystem().getPath(Character.toString(codePoint));
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
