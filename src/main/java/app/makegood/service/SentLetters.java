package app.makegood.service;

import app.makegood.domain.FirstNotice;
import app.makegood.domain.Incident;
import app.makegood.domain.LetterRecord;
import app.makegood.store.IncidentRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Letters that left the app, as a first notice of the stored incidents they belong to, by {@link FirstNotice}'s
 * rule: for the command line, and for mail the outbox sends for an incident that is not open in the window (the
 * open one follows its view model instead). Runs off the UI thread.
 */
public final class SentLetters {
    private final IncidentRepository repository;

    public SentLetters(IncidentRepository repository) {
        this.repository = repository;
    }

    /**
     * Applies the letters to their incidents and saves those whose first notice or status changed.
     *
     * @param wentOut whether the owner says letters written to files went to the customers (mail always did)
     * @return the incidents as saved, one per incident that changed
     */
    public List<Incident> record(List<LetterRecord> letters, boolean wentOut) {
        Map<String, List<LetterRecord>> byIncident = new LinkedHashMap<>();
        letters.forEach(r -> byIncident.computeIfAbsent(r.incidentId(), id -> new ArrayList<>()).add(r));
        List<Incident> changed = new ArrayList<>();
        byIncident.forEach((id, sent) -> {
            Optional<Incident> stored = repository.find(id);
            if (stored.isEmpty()) {
                return; // deleted since the letter was queued: its history is all that is left
            }
            FirstNotice before = FirstNotice.of(stored.get());
            FirstNotice after = before;
            for (LetterRecord r : sent) {
                after = after.after(FirstNotice.letter(r.format(), r.at(), wentOut));
            }
            if (!after.equals(before)) {
                Incident saved = stored.get().withFirstNotice(after);
                repository.save(saved);
                changed.add(saved);
            }
        });
        return changed;
    }
}
