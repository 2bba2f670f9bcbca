package app.makegood.export.letter;

/** A template that cannot be used, with the line (1-based, 0 when unknown) and the reason in plain words. */
public final class TemplateException extends Exception {
    private final int line;
    private final String reason;

    public TemplateException(int line, String reason) {
        super(line > 0 ? "Line " + line + ": " + reason : capitalised(reason));
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
