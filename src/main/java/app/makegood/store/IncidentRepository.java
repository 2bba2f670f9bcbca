package app.makegood.store;

import app.makegood.domain.Incident;
import app.makegood.domain.IncidentSummary;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where incidents live. Every method is a single transaction; callers run it off the UI thread. */
public interface IncidentRepository {

    /** All incidents for the list, newest first. */
    List<IncidentSummary> list();

    /**
     * The first {@code count} rows of {@link #list()}: the list's first screenful, read at start before the rest
     * so the list shows at once however many incidents there are.
     */
    List<IncidentSummary> listNewest(int count);

    Optional<Incident> find(String id);

    /**
     * Every incident in full, newest first as in {@link #list()}, each as {@code find(id)} gives it but without
     * the evidence files' contents ({@link Incident#withoutEvidenceContents()}): for the list's search, the Due view
     * and the Review dashboard, which look at all incidents, in a few queries however many incidents there are.
     */
    List<Incident> findAllWithoutEvidenceContents();

    /** Inserts or replaces the incident with every child row (customers, updates, whys, actions, attachments). */
    void save(Incident incident);

    /** An incident with the version it was read at (0: not stored yet); every save adds one to the version. */
    record Stored(Incident incident, long version) {
    }

    /** The incident with its version, for an editor that saves it back with {@link #saveIfUnchanged}. */
    Optional<Stored> findStored(String id);

    /**
     * Saves the incident as {@link #save} does, unless someone else saved it since {@code readVersion}: then
     * {@link IncidentChangedException} and nothing is written. An incident no longer stored is saved again (there
     * is nothing to overwrite). Returns the version now stored.
     */
    long saveIfUnchanged(Incident incident, long readVersion);

    /** Saves all incidents in one transaction: either every one is stored or none is. */
    void saveAll(Collection<Incident> incidents);

    /**
     * Saves incidents read from a file, in one transaction: all are stored or none is. An incident whose id is
     * stored already is replaced. Refused with {@link IdsTakenException}, before anything is written, when an id of
     * a customer, update, corrective action or attachment belongs to another stored incident.
     */
    Imported importAll(List<Incident> incidents);

    /** What an import did: how many incidents were new and how many replaced one with the same id. */
    record Imported(int added, int replaced) {
    }

    void delete(String id);

    /**
     * For each email among this incident's customers, how many other incidents hit a customer with the same
     * email (case does not matter): the same email is taken to be the same customer.
     */
    Map<String, Integer> otherIncidentsByEmail(String incidentId);
}
