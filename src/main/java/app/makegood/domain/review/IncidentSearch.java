package app.makegood.domain.review;

import app.makegood.domain.Incident;

import java.util.Locale;

/**
 * Search as you type over everything written about an incident. Each incident has one folded text (title, letter
 * texts, whys, actions, customers); a query matches when every word of it occurs somewhere in that text.
 */
public final class IncidentSearch {
    private IncidentSearch() {
    }

    /**
     * Everything written about the incident, folded: title, admit, thank, explain, problem, the updates, the whys,
     * the actions (description, owner, evidence note, why dropped) and the customers (name, email, reference).
     */
    public static String textOf(Incident incident) {
        StringBuilder text = new StringBuilder();
        append(text, incident.title(), incident.admit(), incident.thank(), incident.explain(), incident.problem());
        incident.updates().forEach(u -> append(text, u.text()));
        incident.whys().forEach(w -> append(text, w.question(), w.answer()));
        incident.actions().forEach(a -> append(text, a.description(), a.owner(), a.evidenceNote(), a.droppedReason()));
        incident.customers().forEach(c -> append(text, c.name(), c.email(), c.reference()));
        return fold(text.toString());
    }

    private static void append(StringBuilder text, String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                text.append(value).append('\n');
            }
        }
    }

    /**
     * The form texts are kept and compared in: lower case, whitespace runs (regex {@code \s}) as one space.
     * A loop rather than a regex: start-up folds the texts of every incident.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
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
