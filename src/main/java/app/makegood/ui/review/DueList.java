package app.makegood.ui.review;

import app.makegood.domain.IncidentStatus;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.review.DueItem;
import app.makegood.domain.review.DueRules;
import app.makegood.store.IncidentRepository;
import app.makegood.store.LetterLog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads what is due from the store; run it off the UI thread. */
public final class DueList {
    private DueList() {
    }

    /** Only incidents that are not closed are read in full: a closed one asks for nothing. */
    public static List<DueItem> load(IncidentRepository incidents, LetterLog letters, LocalDate today, ZoneId zone) {
        List<DueItem> due = new ArrayList<>();
        for (IncidentSummary s : incidents.list()) {
            if (s.status() == IncidentStatus.CLOSED) {
                continue;
            }
            incidents.find(s.id()).ifPresent(i -> due.addAll(DueRules.of(i, letters.forIncident(i.id()), today, zone)));
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
