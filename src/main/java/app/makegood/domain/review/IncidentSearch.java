package app.makegood.domain.review;

import java.util.Locale;

/**
 * Search as you type over everything written about an incident. Each incident has one folded text (title, letter
 * texts, whys, actions, customers); a query matches when every word of it occurs somewhere in that text.
 */
public final class IncidentSearch {
    private IncidentSearch() {
    }

    /** The form texts are kept and compared in: lower case, whitespace runs as one space. */
    public static String fold(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The query's words, folded; empty for a blank query (which matches everything). */
    public static String[] words(String query) {
        String q = fold(query).strip();
        return q.isEmpty() ? new String[0] : q.split(" ");
    }

    public static boolean matches(String foldedText, String[] words) {
        for (String w : words) {
            if (!foldedText.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
