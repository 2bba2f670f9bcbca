package app.makegood.export;

import app.makegood.domain.Dates;
import app.makegood.domain.FileNames;
import app.makegood.domain.Incident;
import app.makegood.domain.PublicStory;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.export.HtmlText;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The incident's customer-facing story as a public web page (one self-contained HTML file: inline CSS, no scripts,
 * nothing fetched) or as Markdown, and the index of all public pages, from the templates in
 * {@code assets/templates/public/}. Only {@link PublicStory} reaches the templates, so nothing private can.
 */
public final class PublicPage {
    private static final String DIR = "/assets/templates/public/";
    private final Template html;
    private final Template markdown;
    private final Template index;
    private final ZoneId zone;
    private final Dates dates;

    /** The result of writing the public incident history. */
    public record History(int pages, int leftOut, Path index) {
    }

    public PublicPage(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.dates = Dates.of(locale);
        Mustache.Compiler forHtml = Mustache.compiler().withEscaper(HtmlText.html()).defaultValue("")
                .emptyStringIsFalse(true).zeroIsFalse(true);
        this.html = compile(forHtml, "page.html.mustache");
        this.index = compile(forHtml, "index.html.mustache");
        this.markdown = compile(Mustache.compiler().withEscaper(new MarkdownText()).defaultValue("")
                .emptyStringIsFalse(true).zeroIsFalse(true), "page.md.mustache");
    }

    private static Template compile(Mustache.Compiler compiler, String name) {
        try (InputStream in = PublicPage.class.getResourceAsStream(DIR + name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("The public page template " + name + " is missing from this copy of MakeGood",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    public String html(Incident i, BusinessProfile from) {
        return html.execute(view(PublicStory.of(i), from));
    }

    public String markdown(Incident i, BusinessProfile from) {
        return markdown.execute(view(PublicStory.of(i), from));
    }

    public void writeHtml(Incident i, BusinessProfile from, Path file) throws IOException {
        write(html(i, from), file);
    }

    public void writeMarkdown(Incident i, BusinessProfile from, Path file) throws IOException {
        write(markdown(i, from), file);
    }

    /**
     * Writes one page per incident customers were told about, and {@code index.html} listing them newest first,
     * into {@code folder} (created if missing). Incidents nobody was told about are left out.
     */
    public History writeHistory(List<Incident> incidents, BusinessProfile from, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<PublicStory> stories = incidents.stream().filter(PublicStory::isPublic).map(PublicStory::of)
                .sorted(Comparator.comparing(PublicStory::startedAt).reversed().thenComparing(PublicStory::id))
                .toList();
        List<Map<String, Object>> entries = new java.util.ArrayList<>();
        for (PublicStory s : stories) {
            String file = PortableNames.fit(folder, fileName(s), "incident.html"); // "tomas-...html" under LANG=C
            write(html.execute(view(s, from)), folder.resolve(file));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", title(s));
            entry.put("file", file);
            entry.put("date", dates.letterDay(s.startedAt().atZone(zone)));
            entry.put("status", s.publicStatus());
            entries.add(entry);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("business", from.name());
        view.put("website", from.website());
        view.put("entries", entries);
        view.put("hasEntries", !entries.isEmpty());
        Path indexFile = folder.resolve("index.html");
        write(index.execute(view), indexFile);
        return new History(stories.size(), incidents.size() - stories.size(), indexFile);
    }

    /**
     * "late-van-3f2a9c1d.html": readable, and unique by the id. Made from the title as published (redacted), so a
     * customer's name in the title never becomes a file name.
     */
    static String fileName(PublicStory s) {
        String slug = FileNames.safe(s.title(), "incident").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "incident" : slug) + "-" + s.id().replace("-", "").substring(0, Math.min(8,
                s.id().replace("-", "").length())) + ".html";
    }

    private Map<String, Object> view(PublicStory s, BusinessProfile from) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("business", from.name());
        v.put("website", from.website());
        v.put("contact", from.email());
        v.put("title", title(s));
        v.put("status", s.publicStatus());
        v.put("resolved", s.fixProven());
        v.put("started", dates.moment(s.startedAt().atZone(zone)));
        v.put("customerToldUs", s.customerToldUs());
        v.put("toldAfter", s.timeToFirstNotice().map(PublicPage::span).orElse(""));
        v.put("text", s.text());
        v.put("updates", s.updates().stream().map(u -> Map.of("at", dates.moment(u.at().atZone(zone)), "text", u.text()))
                .toList());
        v.put("hasUpdates", !s.updates().isEmpty());
        v.put("doing", s.steps().stream().map(a -> Map.<String, Object>of("description", a.description(),
                "state", (a.fix() ? "" : "stop-gap, ") + (a.done() ? "done" + a.doneOn().map(d -> " " + dates.letterDay(d))
                        .orElse("") : "in hand"))).toList());
        v.put("hasDoing", !s.steps().isEmpty() && !s.fixProven());
        // "The fix" lists what fixed it: a stop-gap, done or not, is not part of it.
        List<PublicStory.Step> fix = s.steps().stream().filter(a -> a.done() && a.fix()).toList();
        v.put("fix", fix.stream().map(a -> Map.<String, Object>of(
                "description", a.description(), "doneOn", a.doneOn().map(dates::letterDay).orElse(""))).toList());
        v.put("hasFix", s.fixProven() && !fix.isEmpty());
        return v;
    }

    private static String title(PublicStory s) {
        return s.title().isBlank() ? "Incident" : s.title();
    }

    /** "1 h 5 min", in the page's plain English. */
    static String span(Duration d) {
        if (d.toMinutes() < 1) {
            return "less than a minute";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h" + (d.toMinutesPart() > 0 ? " " + d.toMinutesPart() + " min" : "");
        }
        return d.toDays() + (d.toDays() == 1 ? " day" : " days") + (d.toHoursPart() > 0 ? " " + d.toHoursPart() + " h" : "");
    }

    private static void write(String text, Path file) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }
}
