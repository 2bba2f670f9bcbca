package app.makegood.export;

import app.makegood.export.letter.LetterExport;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.PublicStory;
import app.makegood.domain.WhyStep;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.PaperSize;
import app.makegood.export.letter.BundledFonts;
import app.makegood.export.HtmlText;
import app.makegood.export.letter.LetterSamples;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.export.letter.Pdfs;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.export.letter.LetterSamples.DEFAULTS;
import static app.makegood.export.letter.LetterSamples.TODAY;
import static app.makegood.export.letter.LetterSamples.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text that looks like markup or template syntax, right-to-left text, emoji and control characters, typed into
 * every kind of field, come out of every export as typed: never as markup, template output or an extra mail header.
 * Each output is compared with the same incident holding a harmless word, so any markup the text adds shows.
 */
class TrickyTextTest {
    private static final String PLAIN = "Plain";
    private static final Pattern TAG = Pattern.compile("<(/?[\\w!?]+)");
    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZONE);
    private static final BusinessProfile BAKERY = LetterSamples.bakery(PaperSize.A4, false);

    @TempDir
    static Path templates;
    private static LetterExport letters;

    /** What the letter PDF's text gives back of a sample. */
    enum Printed {
        AS_TYPED,
        /** No bundled font has these characters: the owner is warned before printing. */
        NO_GLYPHS,
        /** A right-to-left override draws what follows it reversed, as Unicode says. */
        REVERSED
    }

    record Sample(String label, String text, Printed printed) {
        Sample(String label, String text) {
            this(label, text, Printed.AS_TYPED);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample("script tag", "<script>alert(1)</script>"),
                new Sample("HTML and quotes", "<b>at all</b> & \"quotes\" 'too'"),
                new Sample("entities", "&amp; &lt;b&gt; &#42;"),
                new Sample("Mustache variable", "{{name}}"),
                new Sample("Mustache triple", "{{{x}}} {{&x}}"),
                new Sample("Mustache section", "{{#a}}x{{/a}} {{> style}}"),
                new Sample("Markdown heading", "# Heading"),
                new Sample("Markdown emphasis", "*sale* _now_ **big** ~~gone~~ `code`"),
                new Sample("Markdown link", "[click](javascript:alert(1)) ![i](x.png) <http://x.example>"),
                new Sample("Markdown table", "| a | b |\n| - | - |"),
                new Sample("Markdown lists", "- one\n+ two\n1. three\n1) four"),
                new Sample("Markdown underline and rule", "Fine\n===\nFine\n---\n***"),
                new Sample("Hebrew", "שרה כהן"),
                new Sample("Arabic", "محمد الأحمد"),
                new Sample("right-to-left override", "\u202Eevil", Printed.REVERSED),
                new Sample("emoji", "Thanks 🙏🏽 from 👩\u200D👩\u200D👧", Printed.NO_GLYPHS),
                new Sample("control characters", "bell\u0007 nul\u0000 \u001b[31mred"),
                new Sample("header injection", "Ada\r\nBcc: attacker@example.com"));
    }

    @org.junit.jupiter.api.BeforeAll
    static void letters() {
        letters = new LetterExport(new LetterTemplates(templates), BundledFonts.load(), CLOCK, Locale.UK);
    }

    // ---------------------------------------------------------------- letters: PDF and email

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theLetterPdfPrintsTheTextAsTyped(Sample s) {
        LetterExport.Draft draft = draft(s.text());
        String pdf = Pdfs.flat(letters.pdf(draft));
        switch (s.printed()) {
            case AS_TYPED -> {
                assertEquals(List.of(), draft.warnings());
                String typed = visible(s.text());
                assertTrue(pdf.contains("Dear " + typed + ","), pdf);
                assertTrue(pdf.contains(typed + " " + LetterSamples.incident().thank()), pdf);
            }
            case NO_GLYPHS -> {
                assertEquals(1, draft.warnings().size(), draft.warnings().toString());
                assertTrue(draft.warnings().get(0).contains("🙏 🏽 👩 👧"), draft.warnings().toString());
                assertTrue(pdf.contains("Dear Thanks"), pdf);
            }
            case REVERSED -> {
                assertEquals(List.of(), draft.warnings());
                assertTrue(pdf.contains("live"), pdf);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theLetterXhtmlHasTheTextEscapedNeverAsMarkup(Sample s) {
        String xhtml = draft(s.text()).letter().xhtml();
        assertTrue(xhtml.contains(HtmlText.xhtml().escape(s.text())), xhtml);
        assertEquals(tags(draft(PLAIN).letter().xhtml()), tags(xhtml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theEmailCarriesTheTextExactlyAndNoExtraHeader(Sample s) throws Exception {
        MimeMessage m = new MimeMessage(null, new ByteArrayInputStream(letters.message(draft(s.text()), false)));
        assertNull(m.getHeader("Bcc"));
        assertNull(m.getRecipients(Message.RecipientType.BCC));
        assertNull(m.getRecipients(Message.RecipientType.CC));
        assertEquals(1, m.getAllRecipients().length);
        InternetAddress to = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("zoe@example.com", to.getAddress());
        assertEquals(oneLine(s.text()), to.getPersonal());
        assertEquals("Our apology: " + oneLine(s.text()), m.getSubject());

        Multipart parts = (Multipart) m.getContent();
        String plain = lf((String) parts.getBodyPart(0).getContent());
        assertTrue(plain.startsWith("Your reference: " + lf(s.text()) + "\n\nDear " + lf(s.text()) + ",\n\n"
                + lf(s.text()) + "\n"), plain);
        String html = (String) parts.getBodyPart(1).getContent();
        assertTrue(html.contains(HtmlText.xhtml().escape(s.text())), html);
        assertEquals(tags(draft(PLAIN).letter().xhtml()), tags(html));
    }

    // ---------------------------------------------------------------- Markdown postmortem and public page

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void thePostmortemMarkdownShowsTheTextAndAddsNoMarkup(Sample s) {
        PostmortemMarkdown postmortem = new PostmortemMarkdown(ZONE, Locale.UK);
        String md = postmortem.render(incident(s.text()), List.of(), DEFAULTS, TODAY);
        assertEquals(markup(postmortem.render(incident(PLAIN), List.of(), DEFAULTS, TODAY)), markup(md), md);
        String shown = shown(md);
        String typed = visible(s.text());
        for (String field : List.of("Postmortem: " + typed, typed + ": ", "way. " + typed, "owner: " + typed + ",",
                "We admitted: " + typed + " We thanked")) {
            assertTrue(shown.contains(field), () -> field + " in:\n" + shown);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void thePublicPageShowsTheTextAndAddsNoMarkup(Sample s) {
        PublicPage page = new PublicPage(ZONE, Locale.UK);
        Incident tricky = publicIncident(s.text());
        Incident plain = publicIncident(PLAIN);
        String md = page.markdown(tricky, BAKERY);
        assertEquals(markup(page.markdown(plain, BAKERY)), markup(md), md);
        // As published: an email in a sample ("header injection") is replaced like any email in a public text.
        String published = PublicStory.redact(tricky, s.text());
        String typed = visible(published);
        assertTrue(shown(md).startsWith(typed + " Crumb & Co"), shown(md));
        assertTrue(shown(md).contains("What happened " + typed + " Updates"), shown(md));

        String html = page.html(tricky, BAKERY);
        assertEquals(tags(page.html(plain, BAKERY)), tags(html));
        String escaped = HtmlText.html().escape(published);
        assertTrue(html.contains("<h1>" + escaped + "</h1>"), html);
        assertTrue(html.contains("<div class=\"card\"><p>" + escaped + "</p></div>"), html);
    }

    // ---------------------------------------------------------------- the incident holding the sample

    /** The sample as customer name and reference, in the letter's texts, the title, a why and an action owner. */
    private static Incident incident(String text) {
        return edit(LetterSamples.incident(), e -> {
            e.title = text;
            e.admit = text;
            e.explain = text;
            e.publicText = text;
            AffectedCustomer first = e.customers.get(0);
            List<AffectedCustomer> customers = new ArrayList<>(e.customers);
            customers.set(0, new AffectedCustomer(first.id(), text, "zoe@example.com", first.expected(),
                    first.expectedValue(), first.offerKind(), first.offerAmount(), first.offerNote(),
                    first.offerState(), "", text, first.notes(), first.futureValue()));
            e.customers = customers;
            List<WhyStep> whys = new ArrayList<>(e.whys);
            WhyStep why = whys.get(0);
            whys.set(0, new WhyStep(why.question(), why.answer() + " " + text, why.rootCause()));
            e.whys = whys;
            List<CorrectiveAction> actions = new ArrayList<>(e.actions);
            CorrectiveAction a = actions.get(0);
            actions.set(0, new CorrectiveAction(a.id(), a.description(), text, a.due(), a.status(), a.evidenceNote(),
                    a.attachments(), a.doneOn(), a.droppedReason()));
            e.actions = actions;
        });
    }

    /** Public texts only: a customer's name typed there would be replaced by "a customer", as it should. */
    private static Incident publicIncident(String text) {
        return edit(LetterSamples.incident(), e -> {
            e.title = text;
            e.admit = text;
            e.explain = text;
            e.publicText = text;
        });
    }

    private static LetterExport.Draft draft(String text) {
        Incident incident = incident(text);
        return letters.draft(LetterKind.APOLOGY, incident, incident.customers().get(0), BAKERY, DEFAULTS, TODAY);
    }

    // ---------------------------------------------------------------- what a reader sees

    /** As printed: control characters dropped (XML cannot hold them), line breaks and spaces as one space. */
    private static String visible(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").replaceAll("\\s+", " ").strip();
    }

    /** As in a header line: every run of control characters one space. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}]+", " ").strip();
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n");
    }

    /** The text a CommonMark reader shows, whitespace as single spaces. */
    private static String shown(String markdown) {
        return visible(TextContentRenderer.builder().build().render(MARKDOWN.parse(markdown)));
    }

    /** How many of each kind of Markdown element: headings, links, emphasis, list items, tables, HTML... */
    private static Map<String, Integer> markup(String markdown) {
        Map<String, Integer> counts = new TreeMap<>();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                    // Text and the paragraphs a typed line break may start are words, not markup.
                    if (!(node instanceof Text || node instanceof SoftLineBreak || node instanceof HardLineBreak
                            || node instanceof Paragraph)) {
                        counts.merge(node.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    node.accept(this);
                }
            }
        });
        return counts;
    }

    /**
     * The (X)HTML's tags in order, names only, without the line breaks the owner typed: typed text that became a tag
     * would change them.
     */
    private static List<String> tags(String html) {
        return TAG.matcher(html).results().map(r -> r.group(1)).filter(tag -> !tag.equals("br")).toList();
    }
}
