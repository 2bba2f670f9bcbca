package app.makegood.domain.review;

import java.util.List;
import java.util.Optional;

/**
 * An incident's searchable text: all of it folded, to match a query fast, and field by field, to tell the owner which
 * field brought a row into the results when its title does not show why.
 */
public record SearchText(String folded, List<Field> fields) {
    /** Where a searched text was written. */
    public enum Kind {
        TITLE, ADMIT, THANK, EXPLAIN, PROBLEM, UPDATE, WHY, ROOT_CAUSE, ACTION, OWNER, EVIDENCE, DROPPED_REASON,
        CUSTOMER, EMAIL, REFERENCE
    }

    /** One field as written (not folded: fields are folded only for the rows on screen, when asked). */
    public record Field(Kind kind, String value) {
    }

    public SearchText {
        fields = List.copyOf(fields);
    }

    public boolean matches(String[] words) {
        return IncidentSearch.matches(folded, words);
    }

    /**
     * The first field, after the title, holding a query word that the title does not: "why is this row here?".
     * Empty when the title holds every word, or when a word is only found across two fields.
     */
    public Optional<Field> matchedBeyondTitle(String[] words) {
        String title = fields.stream().filter(f -> f.kind() == Kind.TITLE).findFirst()
                .map(f -> IncidentSearch.fold(f.value())).orElse("");
        for (String word : words) {
            if (title.contains(word)) {
                continue;
            }
            for (Field f : fields) {
                if (f.kind() != Kind.TITLE && IncidentSearch.fold(f.value()).contains(word)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
