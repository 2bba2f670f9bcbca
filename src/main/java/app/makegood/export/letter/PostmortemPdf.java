package app.makegood.export.letter;

import app.makegood.domain.Incident;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.export.AtomicFile;
import app.makegood.export.PostmortemModel;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The five-whys postmortem as a PDF on the business's letterhead, from {@code postmortem.html.mustache}. */
public final class PostmortemPdf {
    private final PdfMaker pdfMaker;
    private final PostmortemModel model;
    private final Template template;

    public PostmortemPdf(PdfMaker pdfMaker, ZoneId zone, Locale locale) {
        this.pdfMaker = pdfMaker;
        this.model = new PostmortemModel(zone, locale);
        try {
            this.template = Templates.compile(Templates.html(), Templates.resource("postmortem.html.mustache"));
        } catch (TemplateException e) {
            throw new IllegalStateException("The bundled postmortem template is broken: " + e.getMessage(), e);
        }
    }

    public byte[] pdf(Incident incident, List<LetterRecord> letters, AmendsDefaults defaults, BusinessProfile profile,
                      LocalDate today) {
        Map<String, Object> view = new HashMap<>(model.view(incident, letters, defaults, today));
        Letterhead.addTo(view, profile);
        String xhtml = template.execute(view);
        return pdfMaker.pdf(xhtml, profile.paper(), "Postmortem: " + view.get("title"), profile.name());
    }

    /** Writes the PDF; the file appears only once it is complete. */
    public void write(Incident incident, List<LetterRecord> letters, AmendsDefaults defaults, BusinessProfile profile,
                      LocalDate today, Path file) throws IOException {
        byte[] bytes = pdf(incident, letters, defaults, profile, today);
        AtomicFile.write(file, out -> out.write(bytes));
    }
}
