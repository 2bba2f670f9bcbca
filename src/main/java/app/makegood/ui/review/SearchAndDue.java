package app.makegood.ui.review;

import app.makegood.domain.Incident;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.review.DueItem;
import app.makegood.domain.review.DueRules;
import app.makegood.domain.review.IncidentSearch;
import app.makegood.domain.review.SearchIndex;
import app.makegood.domain.review.SearchText;
import app.makegood.store.IncidentRepository;
import app.makegood.store.LetterLog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list's search texts (per incident id, with the index built from them) and what is due, read together: both
 * need every incident in full, and reading them once in a few queries keeps start-up fast with thousands. Load it off
 * the UI thread: building the index is part of the load.
 */
public record SearchAndDue(Map<String, SearchText> searchTexts, List<DueItem> due, SearchIndex index) {
    public SearchAndDue {
        searchTexts = Map.copyOf(searchTexts);
        due = List.copyOf(due);
    }

    /** Every incident's text, and what all of them ask for. */
    public static SearchAndDue load(IncidentRepository incidents, LetterLog letters, LocalDate today, ZoneId zone) {
        return of(incidents.findAllWithoutEvidenceContents(), letters.byIncident(), today, zone);
    }

    /** One incident's text and what it asks for (after it was edited); nothing when it is gone. */
    public static SearchAndDue load(String incidentId, IncidentRepository incidents, LetterLog letters,
                                    LocalDate today, ZoneId zone) {
        return of(incidents.find(incidentId).stream().toList(), Map.of(incidentId, letters.forIncident(incidentId)),
                today, zone);
    }

    /** The due items come sorted by {@link DueRules#sorted}. */
    private static SearchAndDue of(List<Incident> incidents, Map<String, List<LetterRecord>> letters, LocalDate today,
                                   ZoneId zone) {
        Map<String, SearchText> texts = new HashMap<>(incidents.size() * 2);
        Map<String, String> folded = new HashMap<>(incidents.size() * 2);
        List<DueItem> due = new ArrayList<>();
        for (Incident i : incidents) {
            SearchText text = IncidentSearch.of(i);
            texts.put(i.id(), text);
            folded.put(i.id(), text.folded());
            due.addAll(DueRules.of(i, letters.getOrDefault(i.id(), List.of()), today, zone));
        }
        return new SearchAndDue(texts, DueRules.sorted(due, today), SearchIndex.of(folded));
    }
}
