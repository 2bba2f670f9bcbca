package app.makegood.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file the owner asked for could not be written, and nothing was left behind: the message names the file and
 * the cause in the owner's words (folder gone, not allowed, disk full, read-only disk), not the system's.
 */
public final class NotSavedException extends IOException {
    private final transient Path file;

    NotSavedException(Path file, IOException cause) {
        super("MakeGood could not save " + file.getFileName() + ": " + reason(file, cause)
                + ". Nothing was written; choose another folder" + (isFull(cause) ? " or free some space." : "."),
                cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    private static String reason(Path file, IOException e) {
        Path folder = file.getParent();
        if (e instanceof NoSuchFileException) {
            return "the folder " + folder + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "MakeGood is not allowed to write in " + folder;
        }
        if (isFull(e)) {
            return "the disk is full";
        }
        String why = systemReason(e);
        if (why.toLowerCase(Locale.ROOT).contains("read-only")) {
            return "the disk holding " + folder + " is read-only";
        }
        return why.isBlank() ? "the system refused to write it" : why;
    }

    private static boolean isFull(IOException e) {
        String why = systemReason(e).toLowerCase(Locale.ROOT);
        return why.contains("no space left") || why.contains("quota exceeded") || why.contains("not enough space");
    }

    /** FileSystemException's message repeats the path; its reason alone is the system's words. */
    private static String systemReason(IOException e) {
        String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return why == null ? "" : why;
    }
}
