package app.makegood.ui.review;

import app.makegood.domain.Incident;
import app.makegood.domain.letters.LetterRecord;
import app.makegood.domain.review.DueItem;
import app.makegood.domain.review.DueRules;
import app.makegood.store.IncidentRepository;
import app.makegood.store.LetterLog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads what is due from the store; run it off the UI thread. */
public final class DueList {
    private DueList() {
    }

    /** All incidents and their letters are read in a few queries: one by one took seconds with thousands. */
    public static List<DueItem> load(IncidentRepository incidents, LetterLog letters, LocalDate today, ZoneId zone) {
        Map<String, List<LetterRecord>> sent = letters.byIncident();
        List<DueItem> due = new ArrayList<>();
        for (Incident i : incidents.findAllWithoutEvidenceContents()) {
            due.addAll(DueRules.of(i, sent.getOrDefault(i.id(), List.of()), today, zone));
        }
        return DueRules.sorted(due, today);
    }

    /** What one incident asks for, unsorted; nothing when it is gone. */
    public static List<DueItem> load(String incidentId, IncidentRepository incidents, LetterLog letters, LocalDate today,
                                     ZoneId zone) {
        return incidents.find(incidentId).map(i -> DueRules.of(i, letters.forIncident(i.id()), today, zone))
                .orElse(List.of());
    }
}
