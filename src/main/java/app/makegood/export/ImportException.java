package app.makegood.export;

import java.io.IOException;

/**
 * A file that cannot be imported, with the reason in plain words. Nothing from the file was used.
 * An IOException, like Jackson's own parse errors, so callers that read files handle it with the rest.
 */
public class ImportException extends IOException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
