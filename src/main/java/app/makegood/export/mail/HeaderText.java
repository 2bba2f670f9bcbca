package app.makegood.export.mail;

/** Makes user text safe for a single header line: a line break there would start a new header (e.g. Bcc). */
final class HeaderText {
    private HeaderText() {
    }

    /** Turns every run of control characters (CR, LF, tab...) into one space and trims the ends. */
    static String flatten(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
    }
}
