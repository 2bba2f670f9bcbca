package app.makegood.store;

import app.makegood.domain.LetterRecord;

import java.util.List;
import java.util.Map;

/** The history of letters that left the app. Every method is one transaction. */
public interface LetterLog {

    void record(LetterRecord letter);

    /** The incident's letters, oldest first. */
    List<LetterRecord> forIncident(String incidentId);

    /** Every incident's letters, oldest first, by incident id (incidents without letters are left out). */
    Map<String, List<LetterRecord>> byIncident();
}
