package app.makegood.export.letter;

import app.makegood.domain.Dates;
import app.makegood.domain.OfferKind;
import app.makegood.domain.letters.LetterContent;
import app.makegood.domain.letters.Logo;

import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills the templates with one letter's content. An edited template that fails never stops a letter: the
 * default is used instead and the owner is told which template, which line and why.
 */
public final class LetterRenderer {
    private final LetterTemplates templates;
    private final ZoneId zone;
    private final Dates dates;

    public LetterRenderer(LetterTemplates templates, ZoneId zone, Locale locale) {
        this.templates = templates;
        this.zone = zone;
        this.dates = Dates.of(locale);
    }

    /** The PDF engine draws PNG and JPEG; SVG would need extra libraries, so the caller refuses it. */
    public static boolean canShow(Logo logo) {
        return logo.mediaType().equals("image/png") || logo.mediaType().equals("image/jpeg");
    }

    public RenderedLetter render(LetterContent content) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> view = view(content);
        String subject = fill(TemplateName.subject(content.kind()), view, problems).strip().replaceAll("\\s+", " ");
        view.put("subject", subject);
        String text = fill(TemplateName.text(content.kind()), view, problems);
        String xhtml = fill(TemplateName.html(content.kind()), view, problems);
        return new RenderedLetter(subject, xhtml, text, problems);
    }

    private String fill(TemplateName name, Map<String, Object> view, List<String> problems) {
        if (templates.isCustomised(name)) {
            try {
                return fill(name, templates.source(name), view);
            } catch (TemplateException e) {
                problems.add("Your edited template " + name.fileName() + " could not be used, so the standard one"
                        + " was used instead. " + e.getMessage() + (e.getMessage().endsWith(".") ? "" : "."));
            } catch (UncheckedIOException e) {
                problems.add("Your edited template " + name.fileName() + " could not be read, so the standard one"
                        + " was used instead.");
            }
        }
        try {
            return fill(name, templates.defaultSource(name), view);
        } catch (TemplateException e) {
            throw new IllegalStateException("The bundled template " + name.fileName() + " is broken: " + e.getMessage(), e);
        }
    }

    private static String fill(TemplateName name, String source, Map<String, Object> view) throws TemplateException {
        String output = Templates.execute(Templates.compiled(name, source), view);
        if (name.part() == TemplateName.Part.HTML) {
            Xhtml.parse(output); // the PDF engine reads strict XML: say here, with the line, if it is not
        }
        return output;
    }

    private Map<String, Object> view(LetterContent c) {
        Map<String, Object> view = new HashMap<>();
        Letterhead.addTo(view, c.from());
        view.put("date", dates.letterDay(c.date()));
        view.put("incidentTitle", c.incidentTitle());
        view.put("customerName", c.customerName());
        view.put("greeting", withoutTrailingComma(c.greeting()));
        view.put("reference", c.reference());
        view.put("admit", c.admit());
        view.put("thank", c.thank());
        view.put("explain", c.explain());
        view.put("hasUpdates", !c.updates().isEmpty());
        view.put("updates", c.updates().stream()
                .map(u -> Map.of("at", dates.letterMoment(u.at().atZone(zone)), "text", u.text())).toList());
        boolean hasOffer = !c.offerNote().isEmpty() || !c.offerValue().isEmpty();
        view.put("offer", hasOffer ? Map.of("note", c.offerNote(), "value", c.offerValue()) : false);
        view.put("hasChanges", !c.changes().isEmpty());
        view.put("changes", c.changes().stream().map(ch -> Map.of("description", ch.description(),
                "doneOn", ch.doneOn().map(dates::letterDay).orElse(""), "evidenceNote", ch.evidenceNote(),
                "files", String.join(", ", ch.files()))).toList());
        view.put("promised", c.promised());
        view.put("amends", c.amends().map(a -> (Object) Map.of("what", offerWords(a.kind()), "value", a.value()))
                .orElse(false));
        view.put("stillOpen", c.stillOpen());
        view.put("signOff", withoutTrailingComma(c.signOff()));
        view.put("signerName", c.signerName());
        view.put("signerRole", c.signerRole());
        return view;
    }

    /** "a refund": the form of the amends as a letter names it; "other" is named by the value alone. */
    private static String offerWords(OfferKind kind) {
        return switch (kind) {
            case REFUND -> "a refund";
            case CREDIT -> "a credit";
            case REPLACEMENT -> "a replacement";
            case UPGRADE -> "an upgrade";
            case GIFT -> "a gift";
            case OTHER -> "";
        };
    }

    /** The templates add the comma after a greeting or sign-off; one typed by the owner would double it. */
    private static String withoutTrailingComma(String s) {
        return s.strip().replaceFirst("[,\\s]+$", "");
    }
}
