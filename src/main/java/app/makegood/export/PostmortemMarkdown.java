package app.makegood.export;

import app.makegood.domain.Incident;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.amends.AmendsDefaults;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The five-whys postmortem as Markdown, for a wiki or a status page, from the template in
 * {@code assets/templates/postmortem.md.mustache}. Every piece of user text is escaped for Markdown.
 */
public final class PostmortemMarkdown {
    private static final String TEMPLATE = "/assets/templates/postmortem.md.mustache";
    private final Template template;
    private final PostmortemModel model;

    public PostmortemMarkdown(ZoneId zone, Locale locale) {
        this.model = new PostmortemModel(zone, locale);
        try (InputStream in = PostmortemMarkdown.class.getResourceAsStream(TEMPLATE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            template = Mustache.compiler().withEscaper(new MarkdownText()).defaultValue("")
                    .emptyStringIsFalse(true).zeroIsFalse(true).compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("The postmortem template is missing from this copy of MakeGood", e);
        }
    }

    public String render(Incident i, List<LetterRecord> letters, AmendsDefaults defaults, LocalDate today) {
        return template.execute(model.view(i, letters, defaults, today));
    }

    /** Writes the postmortem; the file appears only once it is complete. */
    public void write(Incident i, List<LetterRecord> letters, AmendsDefaults defaults, LocalDate today, Path file)
            throws IOException {
        byte[] bytes = render(i, letters, defaults, today).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }
}
