package app.makegood.store;

/**
 * A save refused because someone else saved the incident since the version it was read at: writing it would
 * silently overwrite their work. Nothing was written; read the incident again before saving.
 */
public class IncidentChangedException extends StoreException {
    public IncidentChangedException() {
        super("Someone else changed this incident since you opened it, so your changes were not saved over theirs.",
                null);
    }
}
