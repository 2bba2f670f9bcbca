package app.makegood.store;

import app.makegood.domain.letters.LetterRecord;

import java.util.List;

/** The history of letters that left the app. Every method is one transaction. */
public interface LetterLog {

    void record(LetterRecord letter);

    /** The incident's letters, oldest first. */
    List<LetterRecord> forIncident(String incidentId);
}
