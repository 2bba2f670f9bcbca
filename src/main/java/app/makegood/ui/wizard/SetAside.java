package app.makegood.ui.wizard;

import app.makegood.domain.Incident;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The owner's own words that a reload would replace (issue 19): each text field typed differently from the version
 * someone else saved, as plain labelled text to copy back into the fields.
 */
final class SetAside {
    private static final Map<String, Function<Incident, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("Title", Incident::title);
        FIELDS.put("Admit", Incident::admit);
        FIELDS.put("Thank", Incident::thank);
        FIELDS.put("Explain", Incident::explain);
        FIELDS.put("Problem", Incident::problem);
        FIELDS.put("Public page text", Incident::publicText);
    }

    private SetAside() {
    }

    /** Empty when every field typed here reads the same in both. */
    static String text(Incident mine, Incident theirs) {
        StringBuilder out = new StringBuilder();
        FIELDS.forEach((label, field) -> {
            String typed = field.apply(mine);
            if (!typed.isBlank() && !typed.equals(field.apply(theirs))) { // an empty field has nothing to lose
                out.append(out.isEmpty() ? "" : "\n\n").append(label).append(":\n").append(typed);
            }
        });
        return out.toString();
    }
}
