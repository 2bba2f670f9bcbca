package app.makegood.service;

import app.makegood.domain.Incident;
import app.makegood.domain.LetterRecord;
import app.makegood.export.PostmortemMarkdown;
import app.makegood.export.letter.PostmortemPdf;
import app.makegood.store.LetterLog;
import app.makegood.store.ProfileRepository;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writing an incident's postmortem, for the window and {@code makegood postmortem} alike: with the business's
 * figures and profile as stored and today's date from the clock. Runs off the UI thread.
 */
public final class Postmortems {
    /** The formats a postmortem is written in. */
    public enum Format { MARKDOWN, PDF }

    private final Exporters exporters;
    private final BusinessFigures figures;
    private final ProfileRepository profiles;
    private final LetterLog log;
    private PostmortemPdf pdf;

    public Postmortems(Exporters exporters, BusinessFigures figures, ProfileRepository profiles, LetterLog log) {
        this.exporters = exporters;
        this.figures = figures;
        this.profiles = profiles;
        this.log = log;
    }

    /** Writes the postmortem with the incident's letters as stored. */
    public void write(Incident incident, Format format, Path file) throws IOException {
        write(incident, log.forIncident(incident.id()), format, file);
    }

    /** Writes the postmortem with the letters given (the open incident's, in the window). */
    public void write(Incident incident, List<LetterRecord> letters, Format format, Path file) throws IOException {
        LocalDate today = LocalDate.now(exporters.clock());
        if (format == Format.PDF) {
            pdf().write(incident, letters, figures.load(), profiles.load(), today, file);
        } else {
            PostmortemMarkdown markdown = exporters.postmortemMarkdown();
            markdown.write(incident, letters, figures.load(), today, file);
        }
    }

    /** One PDF engine for all the postmortems of a session: made on first use. */
    private synchronized PostmortemPdf pdf() {
        if (pdf == null) {
            pdf = exporters.postmortemPdf();
        }
        return pdf;
    }
}
