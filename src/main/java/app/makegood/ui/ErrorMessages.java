package app.makegood.ui;

import app.makegood.store.StoreException;

/** Turns an exception into one sentence a shop owner can act on; the stack trace goes to the log. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String plain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreException || t instanceof app.makegood.export.ImportException) {
                return t.getMessage();
            }
            if (t instanceof java.nio.file.AccessDeniedException) {
                return "MakeGood is not allowed to write to " + t.getMessage() + ". Choose another folder.";
            }
            if (t instanceof java.nio.file.NoSuchFileException) {
                return "The file or folder " + t.getMessage() + " does not exist.";
            }
        }
        return "An unexpected error happened (" + e.getClass().getSimpleName() + ").";
    }
}
