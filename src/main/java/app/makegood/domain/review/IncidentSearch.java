package app.makegood.domain.review;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.WhyStep;
import app.makegood.domain.review.SearchText.Kind;

import java.util.ArrayList;
import java.util.List;
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
        return of(incident).folded();
    }

    /** The incident's text (see {@link #textOf}), also field by field. */
    public static SearchText of(Incident incident) {
        List<SearchText.Field> fields = new ArrayList<>();
        add(fields, Kind.TITLE, incident.title());
        add(fields, Kind.ADMIT, incident.admit());
        add(fields, Kind.THANK, incident.thank());
        add(fields, Kind.EXPLAIN, incident.explain());
        add(fields, Kind.PROBLEM, incident.problem());
        incident.updates().forEach(u -> add(fields, Kind.UPDATE, u.text()));
        for (WhyStep w : incident.whys()) {
            Kind kind = w.rootCause() ? Kind.ROOT_CAUSE : Kind.WHY;
            add(fields, kind, w.question());
            add(fields, kind, w.answer());
        }
        for (CorrectiveAction a : incident.actions()) {
            add(fields, Kind.ACTION, a.description());
            add(fields, Kind.OWNER, a.owner());
            add(fields, Kind.EVIDENCE, a.evidenceNote());
            add(fields, Kind.DROPPED_REASON, a.droppedReason());
        }
        for (AffectedCustomer c : incident.customers()) {
            add(fields, Kind.CUSTOMER, c.name());
            add(fields, Kind.EMAIL, c.email());
            add(fields, Kind.REFERENCE, c.reference());
        }
        StringBuilder text = new StringBuilder();
        fields.forEach(f -> text.append(f.value()).append('\n'));
        return new SearchText(fold(text.toString()), fields);
    }

    private static void add(List<SearchText.Field> fields, Kind kind, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new SearchText.Field(kind, value));
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
