package app.makegood.ui.review;

import app.makegood.domain.review.Patterns;
import app.makegood.store.IncidentRepository;

import java.time.Instant;
import java.time.ZoneId;

/** Reads every incident in full and works out the dashboard's figures; run it off the UI thread. */
public final class PatternsLoader {
    private PatternsLoader() {
    }

    public static Patterns load(IncidentRepository incidents, Instant now, ZoneId zone) {
        return Patterns.of(incidents.findAllWithoutEvidenceContents(), now, zone);
    }
}
