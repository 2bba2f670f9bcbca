package app.makegood.store;

/** A storage failure, with a message in plain words that the UI can show as it is. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
