package app.makegood.service;

import app.makegood.domain.Incident;
import app.makegood.export.PublicPage;
import app.makegood.store.IncidentRepository;
import app.makegood.store.ProfileRepository;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writing public pages, for the window and the {@code public-page} and {@code public-history} commands alike,
 * signed with the stored business profile. What a page will replace is checked by the caller first
 * ({@link app.makegood.domain.PublicStory#replacements}), since the window asks before writing. Runs off the UI
 * thread.
 */
public final class PublicPages {
    /** The formats a public page is written in. */
    public enum Format { HTML, MARKDOWN }

    private final Exporters exporters;
    private final ProfileRepository profiles;
    private final IncidentRepository incidents;

    public PublicPages(Exporters exporters, ProfileRepository profiles, IncidentRepository incidents) {
        this.exporters = exporters;
        this.profiles = profiles;
        this.incidents = incidents;
    }

    public void write(Incident incident, Format format, Path file) throws IOException {
        PublicPage page = exporters.publicPage();
        if (format == Format.MARKDOWN) {
            page.writeMarkdown(incident, profiles.load(), file);
        } else {
            page.writeHtml(incident, profiles.load(), file);
        }
    }

    /** Every incident a public history may show (those customers were never told of are left out on writing). */
    public List<Incident> historyCandidates() {
        return incidents.findAllWithoutEvidenceContents();
    }

    /** One page per incident customers were told about, and index.html listing them, into {@code folder}. */
    public PublicPage.History writeHistory(List<Incident> candidates, Path folder) throws IOException {
        return exporters.publicPage().writeHistory(candidates, profiles.load(), folder);
    }
}
