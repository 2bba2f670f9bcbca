package app.makegood.ui.review;

import app.makegood.domain.Incident;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.review.Patterns;
import app.makegood.store.IncidentRepository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/** Reads every incident in full and works out the dashboard's figures; run it off the UI thread. */
public final class PatternsLoader {
    /** Progress is reported about this many times, however many incidents there are. */
    private static final int STEPS = 50;

    private PatternsLoader() {
    }

    /** @param progress told the share read so far, 0 to 1, on the calling thread */
    public static Patterns load(IncidentRepository incidents, Instant now, ZoneId zone, DoubleConsumer progress) {
        List<IncidentSummary> summaries = incidents.list();
        int every = Math.max(1, summaries.size() / STEPS);
        List<Incident> all = new ArrayList<>(summaries.size());
        for (int k = 0; k < summaries.size(); k++) {
            incidents.find(summaries.get(k).id()).map(Incident::withoutEvidenceContents).ifPresent(all::add);
            if ((k + 1) % every == 0) {
                progress.accept((k + 1) / (double) summaries.size());
            }
        }
        return Patterns.of(all, now, zone);
    }
}
