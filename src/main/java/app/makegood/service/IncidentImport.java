package app.makegood.service;

import app.makegood.domain.Incident;
import app.makegood.export.ImportException;
import app.makegood.export.IncidentJson;
import app.makegood.store.IdsTakenException;
import app.makegood.store.IncidentRepository;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Importing a JSON export, for the window and the command line alike: the whole file is read and every record
 * checked, then ids already used by other incidents are refused, and all incidents are saved in one transaction.
 * Either every incident of the file is stored or nothing changes. Runs off the UI thread.
 */
public final class IncidentImport {
    private final IncidentJson json;
    private final IncidentRepository repository;

    public IncidentImport(IncidentJson json, IncidentRepository repository) {
        this.json = json;
        this.repository = repository;
    }

    /** What was imported: all the file's incidents, of which {@code added} were new and {@code replaced} not. */
    public record Result(int incidents, int added, int replaced) {
    }

    /**
     * Imports {@code file}.
     *
     * @throws ImportException the file cannot be imported (its message says why); nothing was changed
     * @throws IOException the file cannot be read (NoSuchFileException when it is not there)
     * @throws app.makegood.store.StoreException the database failed; nothing was changed
     */
    public Result importFile(Path file) throws IOException {
        List<Incident> incidents = json.readFile(file);
        try {
            IncidentRepository.Imported done = repository.importAll(incidents);
            return new Result(incidents.size(), done.added(), done.replaced());
        } catch (IdsTakenException e) {
            // The file is at fault, not the database: reported like any other reason the file is refused.
            throw new ImportException(e.getMessage(), e);
        }
    }
}
