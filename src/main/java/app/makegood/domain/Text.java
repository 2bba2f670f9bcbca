package app.makegood.domain;

/** Small helpers for user text. */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
