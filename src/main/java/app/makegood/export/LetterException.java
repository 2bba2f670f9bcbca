package app.makegood.export;

/** A letter that cannot be made as asked, with one sentence that tells the owner what to change. */
public final class LetterException extends RuntimeException {
    public LetterException(String message) {
        super(message);
    }
}
