package app.makegood.domain;

/**
 * A value from a file or the database, quoted in a message: at most {@link #MAX} characters of it, with
 * characters that cannot be shown (controls, halves of a character) written as {@code \}{@code uXXXX}. A message
 * about a megabyte title must not repeat the megabyte, nor break the terminal it is printed on.
 */
public final class Quote {
    public static final int MAX = 80;

    private Quote() {
    }

    /** {@code "value"}, shortened to {@value #MAX} characters with "…" when longer. */
    public static String of(String value) {
        StringBuilder out = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < value.length() && shown < MAX; shown++) {
            int cp = value.codePointAt(i);
            boolean lone = Character.isSurrogate(value.charAt(i)) && Character.charCount(cp) == 1;
            if (lone || Character.getType(cp) == Character.CONTROL) {
                out.append(String.format("\\u%04X", (int) value.charAt(i)));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            if (i < value.length() && shown == MAX - 1) {
                out.append('…');
            }
        }
        return out.append('"').toString();
    }

    /** How a message names an incident: {@code incident "Oven broke"}, or {@code incident 3 (untitled)}. */
    public static String incident(String title, int index) {
        return title.isBlank() ? "incident " + (index + 1) + " (untitled)" : "incident " + of(title);
    }

    /** An incident already in the database, which has no place in a file: {@code the incident "Oven broke"}. */
    public static String storedIncident(String title) {
        return title.isBlank() ? "an untitled incident" : "the incident " + of(title);
    }
}
