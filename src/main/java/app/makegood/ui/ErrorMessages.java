package app.makegood.ui;

import app.makegood.domain.Text;
import app.makegood.export.ImportException;
import app.makegood.export.LetterException;
import app.makegood.export.NotSavedException;
import app.makegood.store.StoreException;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into one sentence a shop owner can act on; the stack trace goes to the log. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** The most of an error's own words shown: room is left for what the caller adds ("see the log"). */
    static final int LIMIT = 600;

    public static String plain(Throwable e) {
        return Text.capped(sentence(e), LIMIT);
    }

    private static String sentence(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreException || t instanceof ImportException || t instanceof LetterException
                    || t instanceof NotSavedException) {
                return t.getMessage();
            }
            if (t instanceof AccessDeniedException) {
                return "MakeGood is not allowed to write to " + t.getMessage() + ". Choose another folder.";
            }
            if (t instanceof NoSuchFileException) {
                return "The file or folder " + t.getMessage() + " does not exist.";
            }
            if (t instanceof FileSystemException f && f.getReason() != null) {
                // "No space left on device", "Read-only file system": the system's own words name the cause.
                return "MakeGood could not write " + f.getFile() + ": " + f.getReason() + ".";
            }
        }
        return "An unexpected error happened (" + e.getClass().getSimpleName() + ").";
    }
}
