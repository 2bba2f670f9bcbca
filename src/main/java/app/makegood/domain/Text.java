package app.makegood.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Small helpers for user text. */
public final class Text {
    /** The most of a user's value a message quotes: a message about a title must not be as long as the title. */
    public static final int QUOTE_LIMIT = 80;

    /** Terminal escape sequences: CSI (ESC [ or U+009B), OSC (ESC ] up to BEL or ESC \), and ESC with one more. */
    private static final Pattern ESCAPES = Pattern.compile(
            "(?:\u001B\\[|\u009B)[0-?]*[ -/]*[@-~]?|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|\u001B.?",
            Pattern.DOTALL);
    /** Control characters (C0, DEL, C1) and the marks that reorder or hide text: bidi overrides and isolates. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]");

    private Text() {
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * {@code s} in composed form (Unicode NFC): "Zoe" typed with a separate diaeresis, as some keyboards, Macs and
     * other programs' exports give it, becomes the one letter "Zoë" that fonts, searches and file names expect.
     */
    public static String composed(String s) {
        String text = orEmpty(s);
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * {@code s} as it can be shown on one line of a terminal: escape sequences, control characters and bidi
     * overrides removed, so an imported title can neither move the cursor nor print itself backwards. Tabs and
     * line breaks become spaces.
     */
    public static String printable(String s) {
        String noEscapes = ESCAPES.matcher(orEmpty(s)).replaceAll("");
        return UNPRINTABLE.matcher(noEscapes.replaceAll("[\\t\\r\\n\\u0085\\u2028\\u2029]", " ")).replaceAll("");
    }

    /** {@code s} cut to at most {@code max} characters, the cut marked with "…". */
    public static String capped(String s, int max) {
        String text = orEmpty(s);
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    /** A user's value as a message quotes it: printable, on one line, at most {@link #QUOTE_LIMIT} characters. */
    public static String quoted(String s) {
        return capped(printable(s), QUOTE_LIMIT);
    }
}
